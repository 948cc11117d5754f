package org.opencontest.submission.internal;

import org.opencontest.shared.command.OperatorCommand;
import org.springframework.core.env.PropertyResolver;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar opencontest.jar --opencontest.command=rotate-receipt-key}: a new key signs from now on, on every
 * node (they read the signing key from the database); receipts signed earlier keep verifying by their key id.
 */
@Component
class ReceiptKeyRotation implements OperatorCommand {

    private final ReceiptKeys keys;

    ReceiptKeyRotation(ReceiptKeys keys) {
        this.keys = keys;
    }

    @Override
    public String name() {
        return "rotate-receipt-key";
    }

    @Override
    public void run(PropertyResolver options) {
        keys.rotate();
    }
}
