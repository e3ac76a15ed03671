package org.spasmcare.account;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * The authenticator-app link as an inline SVG QR code, drawn on the server (no script, no image request).
 * The same drawing as the kiosk's take-home code; a copy, because the account module may not use kiosk.
 */
final class AppLinkQrCode {

    private static final int QUIET_ZONE = 4;

    private AppLinkQrCode() {
    }

    static String svg(String link, String label) {
        BitMatrix modules;
        try {
            modules = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code for this link", e);
        }
        int size = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String text = escape(label);
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr qr--app-link\" role=\"img\" viewBox=\"0 0 " + size
                + " " + size + "\" shape-rendering=\"crispEdges\" aria-label=\"" + text + "\"><title>" + text
                + "</title><rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\""
                + path + "\"/></svg>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
