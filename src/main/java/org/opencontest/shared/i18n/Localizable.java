package org.opencontest.shared.i18n;

import java.util.Locale;

/**
 * A message argument that is put into words only when the message is, in the message's own language: a refusal
 * thrown in a service does not know whether a view, an API client or a mail will show it.
 */
public interface Localizable {

    String in(Locale locale);
}
