package org.spasmcare.kiosk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/** Reads a QR code SVG back as a phone would: drawn as pixels, then decoded by zxing's reader. */
public final class QrCodes {

    private static final int PIXELS_A_MODULE = 4;

    private QrCodes() {
    }

    public static String decode(String svg) {
        Matcher size = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        if (!size.find()) {
            throw new AssertionError("no viewBox in " + svg);
        }
        int modules = Integer.parseInt(size.group(1));
        int width = modules * PIXELS_A_MODULE;
        int[] pixels = new int[width * width];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher dark = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (dark.find()) {
            int x0 = Integer.parseInt(dark.group(1)) * PIXELS_A_MODULE;
            int y0 = Integer.parseInt(dark.group(2)) * PIXELS_A_MODULE;
            for (int y = y0; y < y0 + PIXELS_A_MODULE; y++) {
                java.util.Arrays.fill(pixels, y * width + x0, y * width + x0 + PIXELS_A_MODULE, 0xFF000000);
            }
        }
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(width, width, pixels)))).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("the QR code does not decode", e);
        }
    }
}
