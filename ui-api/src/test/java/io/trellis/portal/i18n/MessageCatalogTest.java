package io.trellis.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every label the portal shows exists in both languages, before any page can show a bare key: the bundle files
 * pair up key for key, no text is empty, the Chinese texts are Chinese and the English ones are not, and every key
 * a template names literally is defined.
 */
class MessageCatalogTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    /** Keys whose Chinese value is not Chinese text on purpose. */
    private static final Set<String> NOT_CHINESE = Set.of("lang_code");
    /** {@code m:name} anywhere in a template: a key, or a call such as {@code m:fmt(} when a parenthesis follows. */
    private static final Pattern USE = Pattern.compile("\\bm:([A-Za-z_][A-Za-z0-9_.\\-]*)(\\()?");
    /** The first argument of a call when it is a literal: {@code fmt('key', value)}. */
    private static final Pattern LITERAL_ARGUMENT = Pattern.compile("\\G\\s*'([^']*)'");
    /** A MessageFormat placeholder: {@code {0}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+[},]");

    @Test
    void every_bundle_file_pairs_with_its_other_language_key_for_key() {
        Map<String, List<String>> unpaired = new TreeMap<>();
        for (String bundle : bundleNames()) {
            Properties en = read(bundle, Lang.EN);
            Properties zh = read(bundle, Lang.ZH);
            unpaired.put(bundle + " only in en", missing(en, zh));
            unpaired.put(bundle + " only in zh", missing(zh, en));
        }
        unpaired.values().removeIf(List::isEmpty);

        assertThat(unpaired).isEmpty();
    }

    @Test
    void every_bundle_file_is_one_the_catalog_loads() {
        assertThat(bundleNames()).isNotEmpty().allSatisfy(bundle ->
                assertThat(MessageCatalog.BUNDLES).as("i18n/%s_*.properties is never loaded", bundle).contains(bundle));
    }

    @Test
    void no_key_is_defined_twice_across_bundles_and_no_text_is_empty() {
        for (Lang lang : Lang.values()) {
            Map<String, String> texts = MessageCatalog.get().all(lang);

            assertThat(texts).isNotEmpty();
            assertThat(texts.entrySet()).as(lang.name()).filteredOn(e -> e.getValue().isBlank()).isEmpty();
        }
    }

    @Test
    void the_chinese_texts_are_chinese_and_the_english_texts_hold_no_chinese() {
        Map<String, String> notChinese = new TreeMap<>(MessageCatalog.get().all(Lang.ZH));
        notChinese.keySet().removeAll(NOT_CHINESE);
        notChinese.values().removeIf(MessageCatalogTest::hasChinese);
        Map<String, String> chineseInEnglish = new TreeMap<>(MessageCatalog.get().all(Lang.EN));
        chineseInEnglish.values().removeIf(text -> !hasChinese(text));

        assertThat(notChinese).as("Chinese texts without a Chinese character").isEmpty();
        assertThat(chineseInEnglish).as("English texts with Chinese characters").isEmpty();
    }

    @Test
    void a_text_with_a_placeholder_has_no_apostrophe_which_message_format_would_swallow() {
        for (Lang lang : Lang.values()) {
            assertThat(MessageCatalog.get().all(lang).entrySet()).as(lang.name())
                    .filteredOn(e -> PLACEHOLDER.matcher(e.getValue()).find() && e.getValue().contains("'"))
                    .isEmpty();
        }
    }

    @Test
    void every_key_a_template_names_literally_exists_in_both_languages() {
        Map<String, Set<String>> undefined = new TreeMap<>();
        List<Use> uses = templateUses();
        for (Use use : uses) {
            for (Lang lang : Lang.values()) {
                if (!MessageCatalog.get().has(lang, use.key())) {
                    undefined.computeIfAbsent(use.template() + " " + use.key(), k -> new TreeSet<>()).add(lang.code());
                }
            }
        }

        assertThat(uses).as("the templates are read").isNotEmpty();
        assertThat(undefined).isEmpty();
    }

    @Test
    void every_key_a_template_fills_with_fmt_has_a_placeholder_in_both_languages() {
        List<String> withoutPlaceholder = new ArrayList<>();
        for (Use use : templateUses()) {
            for (Lang lang : Lang.values()) {
                if (use.formatted() && MessageCatalog.get().has(lang, use.key())
                        && !PLACEHOLDER.matcher(MessageCatalog.get().text(lang, use.key())).find()) {
                    withoutPlaceholder.add(lang.code() + " " + use.key());
                }
            }
        }

        assertThat(withoutPlaceholder).isEmpty();
    }

    @Test
    void the_template_scan_finds_plain_keys_and_literal_fmt_keys_but_skips_computed_ones() {
        List<Use> uses = uses("t.html", "{#if m:lang_code == 'zh'}{m:brand}{/if} {m:of(desk.titleKey)} "
                + "{m:fmt('recorded_in_block', inject:page.recordedBlock)} {m:fmt(keyOf(x), 1)} {m:of('back_home')}");

        assertThat(uses).extracting(Use::key).containsExactly("lang_code", "brand", "recorded_in_block", "back_home");
        assertThat(uses).filteredOn(Use::formatted).extracting(Use::key).containsExactly("recorded_in_block");
    }

    /** A key a template names: {@code formatted} when filled by {@code m:fmt}. */
    record Use(String template, String key, boolean formatted) {
    }

    private static List<Use> templateUses() {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted()
                    .flatMap(f -> uses(TEMPLATES.relativize(f).toString(), content(f)).stream()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Use> uses(String template, String text) {
        List<Use> uses = new ArrayList<>();
        Matcher use = USE.matcher(text);
        while (use.find()) {
            String name = use.group(1);
            if (use.group(2) == null) {
                uses.add(new Use(template, name, false));
                continue;
            }
            // a call: only of(...) and fmt(...) take a key, and only a literal one can be checked here
            Matcher literal = LITERAL_ARGUMENT.matcher(text).region(use.end(), text.length());
            if ((name.equals("fmt") || name.equals("of")) && literal.lookingAt()) {
                uses.add(new Use(template, literal.group(1), name.equals("fmt")));
            }
        }
        return uses;
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION);
    }

    private static List<String> missing(Properties from, Properties in) {
        return from.stringPropertyNames().stream().filter(key -> !in.containsKey(key)).sorted().toList();
    }

    /** The bundles present as files: {@code core} for core_en.properties and core_zh.properties. */
    private static Set<String> bundleNames() {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            Set<String> names = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .forEach(n -> names.add(n.replaceFirst("_[a-z]{2}\\.properties$", "")));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties read(String bundle, Lang lang) {
        Properties properties = new Properties();
        Path file = BUNDLES.resolve(bundle + "_" + lang.code() + ".properties");
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return properties;
    }

    private static String content(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
