package pl.ezd.classification.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import pl.ezd.classification.entity.Jrwa;
import pl.ezd.classification.entity.JrwaClass;
import pl.ezd.classification.entity.JrwaSymbol;

/** A JRWA version with its classes as a tree: sections, their classes, down to the final classes. */
public record JrwaTree(JrwaVersion version, List<Node> classes) {

    /** A class and its subclasses; categories only on final classes. */
    public record Node(long id, String symbol, String title, boolean finalClass, String homeCategory,
                       String otherCategory, LocalDate validFrom, LocalDate validTo, List<Node> subclasses) {
    }

    /** The longest search text taken; the rest is ignored. */
    static final int MAX_QUERY = 200;

    /**
     * The classes matching {@code query}, under their parents (the matching branches; a matching
     * class keeps all its subclasses, so a section found by its title can be opened down to its
     * final classes). Each word of the query must match: a number is the start of the class's
     * symbol ({@code 7} finds 7, 70, 7011), any other word a part of its title, regardless of
     * case and Polish diacritics ({@code drog} finds „Drogi gminne”). A blank query keeps the
     * whole tree.
     */
    public JrwaTree matching(String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return this;
        }
        return new JrwaTree(version, classes.stream().map(node -> kept(node, words)).filter(java.util.Objects::nonNull).toList());
    }

    /** How many classes the tree holds at all levels. */
    public int size() {
        return count(classes);
    }

    private static int count(List<Node> nodes) {
        return nodes.stream().mapToInt(node -> 1 + count(node.subclasses())).sum();
    }

    private static Node kept(Node node, List<String> words) {
        if (matches(node, words)) {
            return node;
        }
        List<Node> below = node.subclasses().stream().map(sub -> kept(sub, words)).filter(java.util.Objects::nonNull).toList();
        return below.isEmpty() ? null : new Node(node.id(), node.symbol(), node.title(), node.finalClass(), node.homeCategory(),
                node.otherCategory(), node.validFrom(), node.validTo(), below);
    }

    private static boolean matches(Node node, List<String> words) {
        String title = folded(node.title());
        for (String word : words) {
            boolean number = word.chars().allMatch(Character::isDigit);
            if (number ? !node.symbol().startsWith(word) : !title.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String text = query.strip();
        text = text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
        return java.util.Arrays.stream(folded(text).split("[\\s,;]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Lower case without diacritics (ł as l), so „Łódź” and „lodz” match. */
    static String folded(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(java.util.Locale.forLanguageTag("pl")).replace('ł', 'l');
        return java.text.Normalizer.normalize(lower, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    static JrwaTree of(Jrwa jrwa) {
        Map<JrwaSymbol, List<JrwaClass>> children = new HashMap<>();
        List<JrwaClass> roots = new ArrayList<>();
        for (JrwaClass c : jrwa.getClasses()) {
            c.getSymbol().parent().ifPresentOrElse(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(c),
                    () -> roots.add(c));
        }
        return new JrwaTree(JrwaVersion.of(jrwa), roots.stream().map(c -> node(c, children)).toList());
    }

    private static Node node(JrwaClass c, Map<JrwaSymbol, List<JrwaClass>> children) {
        return new Node(c.getId(), c.getSymbol().value(), c.getTitle(), c.isFinalClass(), text(c.getHomeCategory()),
                text(c.getOtherCategory()), c.getValidFrom(), c.getValidTo(),
                children.getOrDefault(c.getSymbol(), List.of()).stream().map(child -> node(child, children)).toList());
    }

    private static String text(Object category) {
        return category == null ? null : category.toString();
    }
}
