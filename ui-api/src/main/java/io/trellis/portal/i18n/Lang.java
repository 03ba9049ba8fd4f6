package io.trellis.portal.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The portal's two languages. Simplified Chinese is the default: the platform's users work in China. */
public enum Lang {
    ZH(Locale.SIMPLIFIED_CHINESE),
    EN(Locale.ENGLISH);

    /** The cookie that keeps a person's choice. */
    public static final String COOKIE = "trellis_lang";

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The language of a code such as {@code zh} or {@code en}; empty for anything else. */
    public static Optional<Lang> of(String code) {
        return Arrays.stream(values()).filter(lang -> lang.code().equals(code)).findFirst();
    }

    public static Lang ofLocale(Object locale) {
        return locale instanceof Locale l && l.getLanguage().equals("en") ? EN : ZH;
    }
}
