package org.onemap.map.raster;

/** The sample type of a raster band as stored in the file (values are always read as doubles). */
public enum RasterDataType {
    UINT8, INT8, UINT16, INT16, UINT32, INT32, FLOAT32, FLOAT64;

    /** The type from TIFF BitsPerSample and SampleFormat (1 unsigned, 2 signed, 3 IEEE float). */
    static RasterDataType of(int bits, int sampleFormat) {
        return switch (sampleFormat) {
            case 2 -> bits == 8 ? INT8 : bits == 16 ? INT16 : bits == 32 ? INT32 : null;
            case 3 -> bits == 32 ? FLOAT32 : bits == 64 ? FLOAT64 : null;
            default -> bits == 8 ? UINT8 : bits == 16 ? UINT16 : bits == 32 ? UINT32 : null;
        };
    }
}
