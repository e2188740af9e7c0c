package org.onemap.datasources.params;

import java.util.List;
import java.util.Map;
import org.onemap.core.spi.DataSourceProvider;
import org.onemap.core.spi.Parameter;

/**
 * A data-source provider described by its id, display name and parameters, given once to the
 * constructor; subclasses only open the source, reading its map through {@link #read}.
 */
public abstract class DescribedProvider implements DataSourceProvider {
    private final String id;
    private final String displayName;
    private final List<Parameter> parameters;

    protected DescribedProvider(String id, String displayName, Parameter... parameters) {
        this.id = id;
        this.displayName = displayName;
        this.parameters = List.of(parameters);
    }

    @Override
    public final String id() { return id; }

    @Override
    public final String displayName() { return displayName; }

    @Override
    public final List<Parameter> parameters() { return parameters; }

    /** {@code params} as this provider reads them: defaults applied, messages naming its id. */
    protected final ProviderParams read(Map<String, ?> params) {
        return new ProviderParams(id, params);
    }
}
