package org.spasmcare.kiosk;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as an inline SVG: one path of dark squares on a white square, the four-module quiet zone
 * included, so phones read it off a screen or paper. Drawn on the server: no script, no image request.
 */
public final class QrCode {

    private static final int QUIET_ZONE = 4;

    private QrCode() {
    }

    /** @param text at most a few hundred characters (a link); @param label read out by screen readers */
    public static String svg(String text, String label) {
        BitMatrix modules = encode(text);
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" aria-label=\"" + escape(label) + "\"><title>" + escape(label)
                + "</title><rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\""
                + path + "\"/></svg>";
    }

    private static BitMatrix encode(String text) {
        try {
            // margin 4 is the quiet zone the QR standard asks for; size 0 gives one unit a module
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for this text", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
