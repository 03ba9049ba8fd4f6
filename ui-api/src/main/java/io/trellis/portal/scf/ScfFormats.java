package io.trellis.portal.scf;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import io.trellis.portal.i18n.Lang;
import java.time.YearMonth;

/** A month as people in China write it ({@code 2026年12月}), {@code 2026-12} in English. */
@TemplateExtension
public final class ScfFormats {
    private ScfFormats() {
    }

    public static String shown(YearMonth month, @TemplateAttribute("locale") Object locale) {
        return Lang.ofLocale(locale) == Lang.ZH ? month.getYear() + "年" + month.getMonthValue() + "月"
                : month.toString();
    }
}
