package org.onemap.datasources.mqtt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.onemap.core.feature.FieldDef;
import org.onemap.core.feature.FieldType;
import org.onemap.core.spi.DataSource;
import org.onemap.core.spi.DataSourceException;
import org.onemap.core.spi.Parameter;
import org.onemap.datasources.params.DescribedProvider;
import org.onemap.datasources.params.ProviderParams;

/** Service entry of an MQTT live feed ({@code mqtt}): one live point layer from a topic filter of JSON messages. */
public final class MqttProvider extends DescribedProvider {
    public static final String ID = "mqtt";

    public static final Parameter BROKER = Parameter.optional("broker", String.class, "tcp://127.0.0.1:1883", "broker address");
    public static final Parameter TOPIC = Parameter.required("topic", String.class, "topic filter, e.g. xiangtan/machinery/#");
    public static final Parameter LAYER = Parameter.required("layer", String.class, "name of the live layer");
    public static final Parameter ID_FIELD = Parameter.optional("idField", String.class, "id", "message field with the device id");
    public static final Parameter LON_FIELD = Parameter.optional("lonField", String.class, "lon", "message field with the longitude");
    public static final Parameter LAT_FIELD = Parameter.optional("latField", String.class, "lat", "message field with the latitude");
    public static final Parameter TIME_FIELD = Parameter.optional("timeField", String.class, "time", "message field with the time (ISO-8601 or epoch ms)");
    public static final Parameter VALUES = Parameter.optional("values", String.class, "",
            "kept values as name:TYPE list, e.g. speed:DOUBLE,status:STRING");
    public static final Parameter TRACK = Parameter.optional("trackLength", Integer.class, 100, "positions kept in memory per device");
    public static final Parameter USER = Parameter.optional("user", String.class, null, "broker login");
    public static final Parameter PASSWORD = new Parameter("password", String.class, null, false, true,
            "broker password (kept in memory only, never stored in plain text)");

    public MqttProvider() {
        super(ID, "MQTT live feed (sensors, machinery)",
                BROKER, TOPIC, LAYER, ID_FIELD, LON_FIELD, LAT_FIELD, TIME_FIELD, VALUES, TRACK, USER, PASSWORD);
    }

    /** @return an {@link MqttLiveSource} */
    @Override
    public DataSource open(Map<String, ?> params) {
        ProviderParams p = read(params);
        int track = p.whole(TRACK);
        LiveFeedMapping mapping = new LiveFeedMapping(p.required(LAYER, LAYER.help()).toString(), p.required(TOPIC, TOPIC.help()).toString(),
                p.text(ID_FIELD), p.text(LON_FIELD), p.text(LAT_FIELD), p.text(TIME_FIELD), fields(p.text(VALUES)), track, null);
        return MqttLiveSource.connect(p.text(BROKER), p.text(USER), p.secret(PASSWORD), mapping, null);
    }

    static List<FieldDef> fields(String spec) {
        List<FieldDef> out = new ArrayList<>();
        if (spec == null || spec.isBlank()) return out;
        for (String part : spec.split(",")) {
            String[] nt = part.trim().split(":");
            try {
                out.add(FieldDef.of(nt[0].trim(), nt.length > 1 ? FieldType.valueOf(nt[1].trim().toUpperCase(Locale.ROOT)) : FieldType.STRING));
            } catch (IllegalArgumentException e) {
                throw new DataSourceException("value '" + part.trim() + "' of the mqtt data source: use name:TYPE with TYPE one of STRING, "
                        + "INTEGER, LONG, DOUBLE, BOOLEAN, DATE, TIMESTAMP");
            }
        }
        return out;
    }
}
