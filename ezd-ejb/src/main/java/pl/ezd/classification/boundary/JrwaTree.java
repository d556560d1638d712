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
