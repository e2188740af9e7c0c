package org.onemap.app.desktop.connect;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.onemap.app.desktop.Messages;
import org.onemap.app.desktop.params.ParameterField;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceProvider;

/**
 * View-model of the connection dialog (数据→连接数据源…): a provider chooser over every installed
 * {@link DataSourceProvider}, a form generated from the chosen provider's parameter metadata, validation,
 * a connection test run in the background, and saving as a named connection — parameters to
 * {@link ConnectionStore}, secrets (passwords) to the {@link SecretVault} only.
 */
public final class ConnectionDialogViewModel {
    private final ConnectionStore store;
    private final SecretVault vault;
    private final Messages messages;
    private final Executor background;
    private final Executor ui;
    private final ObservableList<DataSourceProvider> providers;
    private final ObjectProperty<DataSourceProvider> provider = new SimpleObjectProperty<>(this, "provider");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObservableList<ParameterField> fields = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper validation = new ReadOnlyStringWrapper(this, "validation", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");
    private final BooleanProperty lastTestOk = new SimpleBooleanProperty(this, "lastTestOk");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(this, "statusIsError");
    private final ObservableList<SavedConnection> saved = FXCollections.observableArrayList();

    /**
     * @param background runs connection tests; {@code ui} applies their results ({@code Platform::runLater}
     *                   in the app, {@code Runnable::run} in tests)
     */
    public ConnectionDialogViewModel(List<DataSourceProvider> providers, ConnectionStore store, SecretVault vault,
                                     Messages messages, Executor background, Executor ui) {
        this.store = store;
        this.vault = vault;
        this.messages = messages;
        this.background = background;
        this.ui = ui;
        this.providers = FXCollections.observableArrayList(providers);
        saved.setAll(store.list());
        provider.addListener((o, was, now) -> generateFields(now));
        name.addListener((o, was, now) -> validate());
        if (!providers.isEmpty()) {
            // PostGIS first when installed: the connection users come here for
            provider.set(providers.stream().filter(p -> p.id().equals("postgis")).findFirst().orElse(providers.get(0)));
        }
    }

    public ObservableList<DataSourceProvider> providers() { return providers; }

    public ObjectProperty<DataSourceProvider> providerProperty() { return provider; }

    public void setProvider(DataSourceProvider p) { provider.set(p); }

    /** Chooses the installed provider of id {@code id}. */
    public void selectProvider(String id) {
        providers.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(provider::set);
    }

    /** The name the connection is saved under. */
    public StringProperty nameProperty() { return name; }

    /** One field per parameter of the chosen provider, in its order. */
    public ObservableList<ParameterField> fields() { return fields; }

    public ParameterField field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
    }

    /** The first problem of the form (empty name, missing required value, bad number); empty when it can be saved. */
    public ReadOnlyStringProperty validationProperty() { return validation.getReadOnlyProperty(); }

    public boolean isValid() { return validation.get().isEmpty(); }

    /** Result of the last connection test, or why saving failed. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }

    /** Whether {@link #statusProperty()} reports a failure (the view shows it in red). */
    public ReadOnlyBooleanProperty statusIsErrorProperty() { return statusIsError.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty testingProperty() { return testing.getReadOnlyProperty(); }

    /** Whether the last test connected. */
    public BooleanProperty lastTestOkProperty() { return lastTestOk; }

    /** The connections saved so far, by name. */
    public ObservableList<SavedConnection> saved() { return saved; }

    /** Empties the form for a new connection of the chosen kind. */
    public void newConnection() {
        name.set("");
        generateFields(provider.get());
    }

    /** Forgets a saved connection, and its secrets when the secret store is open (else they stay, encrypted). */
    public void delete(SavedConnection c) {
        store.remove(c.name());
        if (!vault.needsMasterPassword()) c.secretKeys().forEach(k -> vault.store().remove(c.secretName(k)));
        saved.setAll(store.list());
    }

    /** Fills the form from a saved connection; secret fields stay empty (empty = keep the stored secret). */
    public void edit(SavedConnection c) {
        selectProvider(c.provider());
        name.set(c.name());
        for (ParameterField f : fields) {
            if (!f.secret() && c.params().containsKey(f.key())) f.setValue(c.params().get(f.key()));
        }
        validate();
    }

    /** The parameters as the provider's {@code open} takes them: typed values, secrets included, empty ones left out. */
    public Map<String, Object> params() {
        Map<String, Object> p = new LinkedHashMap<>();
        for (ParameterField f : fields) {
            Object v = f.typedValue();
            if (v != null) p.put(f.key(), v);
        }
        return p;
    }

    /** Opens the source with the form's values on the background executor and reports the outcome in {@link #statusProperty()}. */
    public void testConnection() {
        String problem = validateParams();
        if (problem != null) {
            status.set(problem);
            statusIsError.set(true);
            lastTestOk.set(false);
            return;
        }
        DataSourceProvider p = provider.get();
        Map<String, Object> params = withStoredSecrets(params());
        testing.set(true);
        status.set(messages.get("connect.testing"));
        statusIsError.set(false);
        background.execute(() -> {
            String result;
            boolean ok;
            try (DataSource ds = p.open(params)) {
                result = messages.format("connect.test.ok", ds.layers().size());
                ok = true;
            } catch (RuntimeException e) {
                result = messages.format("connect.test.failed", e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                ok = false;
            }
            String r = result;
            boolean k = ok;
            ui.execute(() -> {
                status.set(r);
                statusIsError.set(!k);
                lastTestOk.set(k);
                testing.set(false);
            });
        });
    }

    /** Whether saving now needs the master password first (a secret was typed and the vault is locked). */
    public boolean needsMasterPassword() {
        return vault.needsMasterPassword() && fields.stream().anyMatch(f -> f.secret() && !f.getValue().isEmpty());
    }

    public SecretVault vault() { return vault; }

    /**
     * Saves the form as a named connection: parameters (not secrets) to {@code connections.json}, typed secrets
     * to the secret store. Returns null (and says why in {@link #statusProperty()}) when the form is invalid.
     *
     * @throws IllegalStateException when {@link #needsMasterPassword()}: unlock the vault first
     */
    public SavedConnection save() {
        validate();
        if (!isValid()) {
            status.set(validation.get());
            statusIsError.set(true);
            return null;
        }
        String n = name.get().trim();
        Map<String, String> params = new LinkedHashMap<>();
        List<String> secrets = new ArrayList<>(store.get(n).filter(c -> c.provider().equals(provider.get().id()))
                .map(SavedConnection::secretKeys).orElse(List.of()));
        for (ParameterField f : fields) {
            if (f.secret()) {
                if (f.getValue().isEmpty()) continue; // empty: keep what is stored
                vault.store().put(SavedConnection.secretName(n, f.key()), f.getValue().toCharArray());
                if (!secrets.contains(f.key())) secrets.add(f.key());
            } else if (!f.getValue().isBlank()) {
                params.put(f.key(), f.getValue().trim());
            }
        }
        SavedConnection c = new SavedConnection(n, provider.get().id(), params, secrets);
        store.save(c);
        saved.setAll(store.list());
        status.set(messages.format("connect.saved.ok", n, vault.describe()));
        statusIsError.set(false);
        return c;
    }

    /** The form's params with secrets left empty taken from the saved connection of this name, if the vault is open. */
    private Map<String, Object> withStoredSecrets(Map<String, Object> params) {
        if (vault.needsMasterPassword()) return params;
        store.get(name.get().trim()).ifPresent(c -> {
            for (String key : c.secretKeys()) {
                if (!params.containsKey(key)) vault.store().get(c.secretName(key)).ifPresent(s -> params.put(key, new String(s)));
            }
        });
        return params;
    }

    private void generateFields(DataSourceProvider p) {
        List<ParameterField> out = new ArrayList<>();
        if (p != null) {
            for (var param : p.parameters()) {
                ParameterField f = ParameterField.of(param, messages.getOr("connect.param." + param.key(), param.key()));
                f.valueProperty().addListener((o, was, now) -> validate());
                out.add(f);
            }
        }
        fields.setAll(out);
        status.set("");
        validate();
    }

    private void validate() {
        String problem = name.get() == null || name.get().isBlank() ? messages.get("connect.error.name") : validateParams();
        validation.set(problem == null ? "" : problem);
    }

    private String validateParams() {
        if (provider.get() == null) return messages.get("connect.error.provider");
        for (ParameterField f : fields) {
            ParameterField.Problem p = f.problem();
            if (p == ParameterField.Problem.MISSING) return messages.format("connect.error.missing", f.label());
            if (p == ParameterField.Problem.NOT_A_NUMBER) return messages.format("connect.error.number", f.label());
        }
        return null;
    }
}
