package io.trellis.portal.i18n;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;
import java.text.MessageFormat;

/**
 * Templates read every label through the namespace {@code m}: {@code {m:voucher_issue}} is the key
 * {@code voucher_issue} in the page's language; {@code {m:fmt('key', arg)}} fills {0}; {@code {value.label}}
 * names a status or kind ({@code label.ACCEPTED}).
 */
@TemplateExtension
public final class Messages {
    private Messages() {
    }

    @TemplateExtension(namespace = "m", matchName = TemplateExtension.ANY, priority = 1)
    static String text(String key, @TemplateAttribute("locale") Object locale) {
        return MessageCatalog.get().text(Lang.ofLocale(locale), key);
    }

    /** A key computed in the template: {@code {m:of(desk.titleKey)}}. */
    @TemplateExtension(namespace = "m", priority = 2)
    static String of(String key, @TemplateAttribute("locale") Object locale) {
        return text(key, locale);
    }

    @TemplateExtension(namespace = "m", priority = 2)
    static String fmt(String key, Object argument, @TemplateAttribute("locale") Object locale) {
        Lang lang = Lang.ofLocale(locale);
        return new MessageFormat(MessageCatalog.get().text(lang, key), lang.locale()).format(new Object[] {argument});
    }

    /** The label of a status, role or kind as the ledger names it ({@code ACCEPTED} → key {@code label.ACCEPTED}). */
    static String label(Object value, @TemplateAttribute("locale") Object locale) {
        return value == null ? "" : MessageCatalog.get().text(Lang.ofLocale(locale), "label." + value);
    }
}
