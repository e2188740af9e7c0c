package org.onemap.datasources.mqtt;

import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.onemap.datasources.ServerTests;

/** The test MQTT broker ({@code ONEMAP_TEST_MQTT}, default Mosquitto at 127.0.0.1:1883) and a publisher on it. */
public final class TestBroker {
    public static final String URL = System.getenv().getOrDefault("ONEMAP_TEST_MQTT", "tcp://127.0.0.1:1883");

    private TestBroker() {}

    /** A connected publisher (up to 1000 messages in flight); skips or, under CI, fails without a broker. */
    public static MqttClient publisher(String clientPrefix) {
        try {
            MqttClient c = new MqttClient(URL, clientPrefix + System.nanoTime(), new MemoryPersistence());
            MqttConnectOptions o = new MqttConnectOptions();
            o.setConnectionTimeout(5);
            o.setMaxInflight(1000);
            c.connect(o);
            return c;
        } catch (MqttException e) {
            ServerTests.unavailable("no MQTT broker at " + URL + ": " + e.getMessage());
            return null;
        }
    }
}
