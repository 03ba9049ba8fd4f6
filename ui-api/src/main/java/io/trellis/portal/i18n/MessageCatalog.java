package io.trellis.portal.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Every text the portal shows, from the message bundles {@code i18n/<bundle>_<lang>.properties} (UTF-8): one
 * bundle per desk so each desk keeps its own words. A key missing in a language is shown as the key itself,
 * and {@code MessageCatalogTest} fails the build before that can happen.
 */
public final class MessageCatalog {
    /** The bundles, one per area of the portal. */
    public static final List<String> BUNDLES = List.of("portal", "problems", "core", "supplier", "bank", "securities",
            "investor", "operator");

    private static final MessageCatalog INSTANCE = load();

    private final Map<Lang, Map<String, String>> texts;

    private MessageCatalog(Map<Lang, Map<String, String>> texts) {
        this.texts = texts;
    }

    public static MessageCatalog get() {
        return INSTANCE;
    }

    public String text(Lang lang, String key) {
        return texts.get(lang).getOrDefault(key, key);
    }

    public boolean has(Lang lang, String key) {
        return texts.get(lang).containsKey(key);
    }

    /** Every key of {@code lang}, for the completeness test. */
    public Map<String, String> all(Lang lang) {
        return Map.copyOf(texts.get(lang));
    }

    private static MessageCatalog load() {
        Map<Lang, Map<String, String>> texts = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Map<String, String> merged = new HashMap<>();
            for (String bundle : BUNDLES) {
                read("i18n/" + bundle + "_" + lang.code() + ".properties").forEach((key, text) -> {
                    if (merged.putIfAbsent((String) key, (String) text) != null) {
                        throw new IllegalStateException("message key " + key + " is defined twice (" + bundle + ")");
                    }
                });
            }
            texts.put(lang, merged);
        }
        return new MessageCatalog(texts);
    }

    private static Properties read(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessageCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return properties;
    }
}
