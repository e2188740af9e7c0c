package org.onemap.app.desktop.theme;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.onemap.app.desktop.Messages;

/**
 * The time slider row of a theme with time-stamped data: play/pause, a slider over the weeks, 全部
 * (all time) and the date label of the week shown. Hidden (and taking no room) when the active theme
 * has no time-stamped data. The slider commits its position when a drag ends, so a drag across many
 * weeks renders the map once.
 */
public final class TimeSliderView extends VBox {
    /** Pause between weeks while playing: long enough for a frame to be built and drawn. */
    static final Duration TICK = Duration.millis(1200);

    private final TimeSliderViewModel vm;
    private final Slider slider = new Slider(0, 1, 0);
    private final Timeline timer = new Timeline(new KeyFrame(TICK, e -> tick()));
    private boolean syncing;

    public TimeSliderView(TimeSliderViewModel vm, Messages m) {
        this.vm = vm;
        setId("timeSlider");
        getStyleClass().add("time-slider");
        setSpacing(4);
        timer.setCycleCount(Animation.INDEFINITE);

        Label header = new Label(m.get("time.section"));
        header.getStyleClass().add("theme-section");
        header.setMaxWidth(Double.MAX_VALUE);
        Button play = new Button();
        play.setId("timeSliderPlay");
        play.setOnAction(e -> vm.togglePlay());
        Button all = new Button(m.get("time.all"));
        all.setId("timeSliderAll");
        all.setTooltip(new Tooltip(m.get("time.all.tip")));
        all.setOnAction(e -> vm.showAll());
        slider.setId("timeSliderSlider");
        slider.setMajorTickUnit(1);
        slider.setMinorTickCount(0);
        slider.setBlockIncrement(1);
        slider.setSnapToTicks(true);
        slider.setTooltip(new Tooltip(m.get("time.slider.tip")));
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.setMaxWidth(Double.MAX_VALUE);
        HBox row = new HBox(6, play, slider, all);
        row.setAlignment(Pos.CENTER_LEFT);
        Label label = new Label();
        label.setId("timeSliderLabel");
        label.textProperty().bind(vm.labelProperty());
        getChildren().addAll(header, row, label);

        // commit on release (drag) or at once (click, keys); the view-model coalesces the rest
        slider.valueProperty().addListener((o, was, now) -> {
            if (!syncing && !slider.isValueChanging()) commit();
        });
        slider.valueChangingProperty().addListener((o, was, now) -> {
            if (!now && !syncing) commit();
        });
        vm.positionsProperty().addListener((o, was, now) -> sync());
        vm.positionProperty().addListener((o, was, now) -> sync());
        vm.playingProperty().addListener((o, was, now) -> {
            play.setText(now ? m.get("time.pause") : m.get("time.play"));
            if (now) timer.playFromStart();
            else timer.stop();
        });
        play.setText(m.get("time.play"));
        visibleProperty().bind(vm.availableProperty());
        managedProperty().bind(visibleProperty());
        sync();
    }

    /** The slider control (tests move it). */
    public Slider slider() { return slider; }

    private void tick() {
        vm.advance();
        if (!vm.isPlaying()) timer.stop();
    }

    private void commit() {
        vm.setPosition((int) Math.round(slider.getValue()));
    }

    private void sync() {
        syncing = true;
        try {
            slider.setMax(Math.max(1, vm.positions() - 1));
            slider.setValue(Math.max(0, vm.position()));
        } finally {
            syncing = false;
        }
    }
}
