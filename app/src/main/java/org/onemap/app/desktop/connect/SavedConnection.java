package org.onemap.app.desktop.connect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onemap.app.desktop.params.ParameterField;
import org.onemap.core.spi.DataSourceProvider;
import org.onemap.core.spi.Parameter;

/**
 * A named data-source connection as saved in {@code connections.json}: the provider and its non-secret
 * parameters as typed. Secret parameters (passwords) are not here: {@code secretKeys} names those kept
 * in the secret store, under {@link #secretName(String)}.
 *
 * @param name       what the user called it (unique)
 * @param provider   the {@link org.onemap.core.spi.DataSourceProvider#id() provider id}, e.g. {@code postgis}
 * @param params     non-secret parameter values as text
 * @param secretKeys keys of the secret parameters stored in the secret store
 */
public record SavedConnection(String name, String provider, Map<String, String> params, List<String> secretKeys) {
    public SavedConnection {
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
        secretKeys = List.copyOf(secretKeys);
    }

    /** The secret-store key of secret parameter {@code key} of this connection. */
    public String secretName(String key) {
        return secretName(name, key);
    }

    static String secretName(String connection, String key) {
        return "onemap/connection/" + connection + "/" + key;
    }

    /**
     * The parameters as {@code provider}'s {@code open} takes them: typed from the provider's metadata, the
     * secrets read from {@code secrets}. Throws {@link IllegalStateException} while {@code secrets} is locked.
     */
    public Map<String, Object> openParams(DataSourceProvider provider, SecretVault secrets) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Parameter p : provider.parameters()) {
            if (p.secret()) {
                if (secretKeys.contains(p.key())) secrets.store().get(secretName(p.key())).ifPresent(s -> out.put(p.key(), new String(s)));
            } else if (params.containsKey(p.key())) {
                ParameterField f = ParameterField.of(p, p.key());
                f.setValue(params.get(p.key()));
                if (f.problem() == null && f.typedValue() != null) out.put(p.key(), f.typedValue());
            }
        }
        return out;
    }

    /** The name, as lists show it. */
    @Override
    public String toString() { return name; }
}
