package org.onemap.datasources.mqtt;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallback;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.onemap.core.feature.LayerInfo;
import org.onemap.core.feature.LayerSchema;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.FeatureSource;
import org.onemap.core.spi.FeatureStore;
import org.onemap.core.spi.UnknownLayerException;

/**
 * A live layer fed by an MQTT broker: subscribes to the mapping's topic filter and applies each JSON
 * message to a {@link LiveLayer}. Read-only. Listeners hear every applied position on the MQTT thread;
 * a map should coalesce them per frame rather than redraw per message. Bad messages are counted and
 * skipped, never fatal.
 */
public final class MqttLiveSource implements DataSource {
    private final MqttClient client;
    private final LiveLayer layer;
    private final LiveMessageParser parser;
    private final Consumer<LivePosition> listener;
    private final AtomicLong rejected = new AtomicLong();
    private volatile String lastProblem;

    private MqttLiveSource(MqttClient client, LiveFeedMapping mapping, Consumer<LivePosition> listener) {
        this.client = client;
        this.layer = new LiveLayer(mapping);
        this.parser = new LiveMessageParser(mapping);
        this.listener = listener;
    }

    /**
     * Connects to {@code broker} (e.g. {@code tcp://127.0.0.1:1883}) and subscribes.
     *
     * @param listener gets each applied position (may be null)
     * @throws DataSourceException "cannot connect to MQTT broker …" when the broker is unreachable
     */
    public static MqttLiveSource connect(String broker, String user, char[] password, LiveFeedMapping mapping,
                                         Consumer<LivePosition> listener) {
        MqttClient client = null;
        try {
            client = new MqttClient(broker, "onemap-" + UUID.randomUUID().toString().substring(0, 8), new MemoryPersistence());
            MqttLiveSource source = new MqttLiveSource(client, mapping, listener);
            client.setCallback(source.callback());
            MqttConnectOptions o = new MqttConnectOptions();
            o.setCleanSession(true);
            o.setAutomaticReconnect(true);
            o.setConnectionTimeout(5);
            o.setMaxInflight(1000);
            if (user != null) o.setUserName(user);
            if (password != null) o.setPassword(password);
            client.connect(o);
            client.subscribe(mapping.topicFilter(), 1);
            return source;
        } catch (MqttException | IllegalArgumentException e) {
            if (client != null) {
                try {
                    client.close(true);
                } catch (MqttException ignored) {
                    // failing already
                }
            }
            throw new DataSourceException("cannot connect to MQTT broker " + broker + ": " + e.getMessage(), e);
        }
    }

    private MqttCallback callback() {
        return new MqttCallback() {
            @Override
            public void connectionLost(Throwable cause) {
                lastProblem = "connection lost: " + cause.getMessage(); // paho reconnects by itself
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) {
                LivePosition p;
                try {
                    p = parser.parse(message.getPayload());
                } catch (RuntimeException e) {
                    rejected.incrementAndGet();
                    lastProblem = topic + ": " + e.getMessage();
                    return;
                }
                if (layer.apply(p)) {
                    if (listener != null) listener.accept(p);
                } else {
                    rejected.incrementAndGet();
                    lastProblem = topic + ": position of " + p.deviceId() + " at " + p.time() + " is older than its latest";
                }
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
                // this source only subscribes
            }
        };
    }

    public LiveLayer liveLayer() { return layer; }

    /** Messages skipped (not JSON, missing fields, older than the device's latest). */
    public long rejectedMessages() { return rejected.get(); }

    /** Why the last message was skipped or the connection dropped; null when all went well. */
    public String lastProblem() { return lastProblem; }

    public boolean isConnected() { return client.isConnected(); }

    @Override
    public List<LayerInfo> layers() {
        LayerSchema s = layer.schema();
        return List.of(new LayerInfo(s.name(), s.geometryType(), layer.count(org.onemap.core.feature.Query.ALL), layer.extent()));
    }

    @Override
    public FeatureSource layer(String name) {
        if (!layer.schema().name().equalsIgnoreCase(name)) throw new UnknownLayerException(name);
        return layer;
    }

    @Override
    public Optional<FeatureStore> writableLayer(String name) { return Optional.empty(); }

    @Override
    public FeatureStore createLayer(LayerSchema schema) {
        throw new DataSourceException("an MQTT live source is read-only: its layer comes from the device messages");
    }

    @Override
    public void close() {
        try {
            if (client.isConnected()) client.disconnect(1000);
            client.close(true);
        } catch (MqttException ignored) {
            // closing: the broker drops the session anyway
        }
    }
}
