package org.opencontest.evaluation.internal;

import java.io.Serializable;
import java.util.List;

/** One problem with a file, as a message key and its arguments, translated where it is shown or stored. */
public record Finding(String key, List<Object> args) implements Serializable {

    public static Finding of(String key, Object... args) {
        return new Finding(key, List.of(args));
    }

    public Object[] arguments() {
        return args.toArray();
    }
}
