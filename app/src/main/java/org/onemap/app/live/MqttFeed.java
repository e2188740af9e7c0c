package org.onemap.app.live;

import java.util.List;
import java.util.function.Consumer;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.datasources.mqtt.LiveFeedMapping;
import org.onemap.datasources.mqtt.MqttLiveSource;

/**
 * A live layer from the MQTT broker: machinery on {@code onemap/machinery/#}, sensors on
 * {@code onemap/sensor/#}, JSON messages as {@link MqttLiveSource} reads them. The supervisor, not
 * Paho, reconnects (with its backoff), so a dropped client is closed rather than left retrying.
 */
public final class MqttFeed implements FeedConnection.Connector {
    private final String broker;
    private final LiveFeedMapping mapping;

    public MqttFeed(String broker, LiveFeedMapping mapping) {
        this.broker = broker;
        this.mapping = mapping;
    }

    /** The mapping for one of the wall's live layers ({@code machinery} or {@code sensor}). */
    public static LiveFeedMapping mappingFor(String layer) {
        List<FieldDef> values = "sensor".equals(layer)
                ? List.of(FieldDef.of("value", FieldType.DOUBLE), FieldDef.of("metric", FieldType.STRING))
                : List.of(FieldDef.of("status", FieldType.STRING), FieldDef.of("speed_kmh", FieldType.DOUBLE));
        return LiveFeedMapping.of(layer, "onemap/" + layer + "/#", values).withTrackLength(1);
    }

    @Override
    public FeedConnection connect(Consumer<LiveUpdate> sink) {
        MqttLiveSource source = MqttLiveSource.connect(broker, null, null, mapping, p -> sink.accept(new LiveUpdate(mapping.layer(), p)));
        return new FeedConnection() {
            @Override
            public boolean isConnected() { return source.isConnected(); }

            @Override
            public void close() { source.close(); }
        };
    }
}
