package org.onemap.sample.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.onemap.core.units.AreaUnit;

/**
 * Lays out the parcels of one field block inside one grid cell, the way terraced paddies look from
 * above: the cell shrinks to an irregular convex quad (field roads and ditches around it), which is
 * cut into 1–3 rows and each row into a few strips by slightly slanted cuts, leaving a 0.6 m ridge
 * (田埂) between neighbours. Every parcel lies inside its own part of the quad, so parcels never
 * overlap each other and never leave the cell.
 */
final class FieldBlock {
    /** Smallest parcel the layout aims for, in mu (rows get fewer strips when they are narrow). */
    private static final double MIN_STRIP_MU = 1.2;
    private static final double HALF_RIDGE_M = 0.3;
    private static final double[] COL_WEIGHTS = {0.10, 0.20, 0.22, 0.20, 0.16, 0.12};

    private FieldBlock() {}

    /** The parcel rings (closed, counter-clockwise, rounded to 1e-7°) of the block in {@code cell}. */
    static List<Coordinate[]> layout(Envelope cell, SplittableRandom r) {
        double kx = LocalScale.metresPerDegreeLon(cell.centre().y);
        double ky = LocalScale.metresPerDegreeLat(cell.centre().y);
        // corners inset 2–9 m independently: a convex, irregular quad
        Coordinate p00 = new Coordinate(cell.getMinX() + inset(r) / kx, cell.getMinY() + inset(r) / ky);
        Coordinate p10 = new Coordinate(cell.getMaxX() - inset(r) / kx, cell.getMinY() + inset(r) / ky);
        Coordinate p01 = new Coordinate(cell.getMinX() + inset(r) / kx, cell.getMaxY() - inset(r) / ky);
        Coordinate p11 = new Coordinate(cell.getMaxX() - inset(r) / kx, cell.getMaxY() - inset(r) / ky);
        if (r.nextBoolean()) { // strips run north-south or east-west
            Coordinate t = p10;
            p10 = p01;
            p01 = t;
        }
        Quad q = new Quad(p00, p10, p01, p11);
        double uMetres = metres(p00, p10, kx, ky);
        double vMetres = metres(p00, p01, kx, ky);
        double blockMu = uMetres * vMetres / AreaUnit.MU.squareMetres();

        int rows = pickRows(r);
        double[] rowCuts = cuts(r, rows);
        double gv = HALF_RIDGE_M / vMetres;
        double gu = HALF_RIDGE_M / uMetres;
        List<Coordinate[]> out = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            double v0 = rowCuts[row] + (row == 0 ? 0 : gv);
            double v1 = rowCuts[row + 1] - (row == rows - 1 ? 0 : gv);
            int cols = Math.max(1, Math.min(pickCols(r), (int) (blockMu * (v1 - v0) / MIN_STRIP_MU)));
            double[] bottom = cuts(r, cols);
            double[] top = slanted(r, bottom);
            for (int c = 0; c < cols; c++) {
                double lb = bottom[c] + (c == 0 ? 0 : gu), rb = bottom[c + 1] - (c == cols - 1 ? 0 : gu);
                double lt = top[c] + (c == 0 ? 0 : gu), rt = top[c + 1] - (c == cols - 1 ? 0 : gu);
                Coordinate[] quad = {q.at(lb, v0), q.at(rb, v0), q.at(rt, v1), q.at(lt, v1)};
                out.add(ring(r.nextInt(100) < 15 ? chamfer(quad, r) : quad));
            }
        }
        return out;
    }

    private static double inset(SplittableRandom r) {
        return 2.0 + 7.0 * r.nextDouble();
    }

    private static int pickRows(SplittableRandom r) {
        int p = r.nextInt(100);
        return p < 40 ? 1 : p < 80 ? 2 : 3;
    }

    private static int pickCols(SplittableRandom r) {
        double p = r.nextDouble();
        for (int i = 0; i < COL_WEIGHTS.length; i++) {
            p -= COL_WEIGHTS[i];
            if (p < 0) return i + 1;
        }
        return COL_WEIGHTS.length;
    }

    /** n+1 increasing positions from 0 to 1 with shares weighted 0.7–1.3. */
    private static double[] cuts(SplittableRandom r, int n) {
        double[] w = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) sum += (w[i] = 0.7 + 0.6 * r.nextDouble());
        double[] c = new double[n + 1];
        for (int i = 0; i < n; i++) c[i + 1] = c[i] + w[i] / sum;
        c[n] = 1.0;
        return c;
    }

    /** The other end of each inner cut, shifted by up to a quarter of the narrower neighbouring strip. */
    private static double[] slanted(SplittableRandom r, double[] bottom) {
        double[] top = bottom.clone();
        for (int i = 1; i < bottom.length - 1; i++) {
            double room = Math.min(bottom[i] - bottom[i - 1], bottom[i + 1] - bottom[i]) * 0.25;
            top[i] = bottom[i] + (2 * r.nextDouble() - 1) * room;
        }
        return top;
    }

    /** Cuts one corner off (15–30 % along both edges): still convex and inside the quad. */
    private static Coordinate[] chamfer(Coordinate[] quad, SplittableRandom r) {
        int k = r.nextInt(4);
        Coordinate corner = quad[k], prev = quad[(k + 3) % 4], next = quad[(k + 1) % 4];
        double a = 0.15 + 0.15 * r.nextDouble(), b = 0.15 + 0.15 * r.nextDouble();
        Coordinate[] out = new Coordinate[5];
        int j = 0;
        for (int i = 0; i < 4; i++) {
            if (i == k) {
                out[j++] = lerp(corner, prev, a);
                out[j++] = lerp(corner, next, b);
            } else {
                out[j++] = quad[i];
            }
        }
        return out;
    }

    private static Coordinate[] ring(Coordinate[] open) {
        Coordinate[] ring = new Coordinate[open.length + 1];
        for (int i = 0; i < open.length; i++) ring[i] = Territory.round(open[i]);
        ring[open.length] = ring[0].copy();
        if (signedArea(ring) < 0) {
            for (int i = 0, j = ring.length - 1; i < j; i++, j--) {
                Coordinate t = ring[i];
                ring[i] = ring[j];
                ring[j] = t;
            }
        }
        return ring;
    }

    private static double signedArea(Coordinate[] ring) {
        double s = 0;
        for (int i = 0; i < ring.length - 1; i++) s += ring[i].x * ring[i + 1].y - ring[i + 1].x * ring[i].y;
        return s;
    }

    private static Coordinate lerp(Coordinate a, Coordinate b, double t) {
        return new Coordinate(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t);
    }

    private static double metres(Coordinate a, Coordinate b, double kx, double ky) {
        return Math.hypot((b.x - a.x) * kx, (b.y - a.y) * ky);
    }

    /** Bilinear map of the unit square onto the block quad (lines of constant u or v stay straight). */
    private record Quad(Coordinate p00, Coordinate p10, Coordinate p01, Coordinate p11) {
        Coordinate at(double u, double v) {
            double x = (1 - u) * (1 - v) * p00.x + u * (1 - v) * p10.x + (1 - u) * v * p01.x + u * v * p11.x;
            double y = (1 - u) * (1 - v) * p00.y + u * (1 - v) * p10.y + (1 - u) * v * p01.y + u * v * p11.y;
            return new Coordinate(x, y);
        }
    }
}
