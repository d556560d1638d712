package pl.ezd.web.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import pl.ezd.classification.boundary.JrwaTree;
import pl.ezd.organization.boundary.StaffMember;

/**
 * The trees the screens pick from (PrimeFaces {@code p:tree} models), built from what the
 * boundaries return; they only arrange it, they decide nothing.
 */
public final class Trees {

    /** A node a person picks: a unit ({@code UNIT}, value = symbol) or a person ({@code PERSON}, value = username). */
    public record Pick(String kind, String value, String label) implements java.io.Serializable {
        public boolean unit() {
            return "UNIT".equals(kind);
        }
    }

    private Trees() {
    }

    /**
     * The JRWA version as a tree: every class with its subclasses; only final classes (those a case
     * is opened in) can be chosen. Sections are shown open, so the whole plan can be read by keyboard.
     */
    public static TreeNode<JrwaTree.Node> jrwa(JrwaTree tree) {
        TreeNode<JrwaTree.Node> root = new DefaultTreeNode<>("root", null, null);
        if (tree != null) {
            tree.classes().forEach(node -> add(root, node));
        }
        return root;
    }

    private static void add(TreeNode<JrwaTree.Node> parent, JrwaTree.Node node) {
        TreeNode<JrwaTree.Node> child = new DefaultTreeNode<>(node.finalClass() ? "final" : "class", node, parent);
        child.setSelectable(node.finalClass());
        child.setExpanded(true);
        node.subclasses().forEach(sub -> add(child, sub));
    }

    /** The final class of the JRWA tree with this symbol, for showing what was picked. */
    public static JrwaTree.Node find(TreeNode<JrwaTree.Node> root, String symbol) {
        for (TreeNode<JrwaTree.Node> child : root.getChildren()) {
            if (child.getData() != null && child.getData().symbol().equals(symbol)) {
                return child.getData();
            }
            JrwaTree.Node below = find(child, symbol);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    /**
     * The office's units with their heads and clerks below them, units in symbol order: a head of
     * the office decrees to a unit or to a person in it.
     */
    public static TreeNode<Pick> unitsAndPeople(List<StaffMember> heads, List<StaffMember> clerks) {
        Map<String, List<StaffMember>> byUnit = new java.util.TreeMap<>();
        Map<String, StaffMember> seen = new LinkedHashMap<>();
        for (StaffMember head : heads) {
            byUnit.computeIfAbsent(head.unitSymbol(), unit -> new ArrayList<>());
        }
        for (StaffMember clerk : clerks) {
            if (seen.putIfAbsent(clerk.unitSymbol() + "/" + clerk.username(), clerk) == null) {
                byUnit.computeIfAbsent(clerk.unitSymbol(), unit -> new ArrayList<>()).add(clerk);
            }
        }
        TreeNode<Pick> root = new DefaultTreeNode<>("root", null, null);
        byUnit.forEach((unit, people) -> {
            TreeNode<Pick> unitNode = new DefaultTreeNode<>("unit", new Pick("UNIT", unit, unit), root);
            unitNode.setExpanded(true);
            people.forEach(person -> new DefaultTreeNode<>("person", new Pick("PERSON", person.username(), person.label()), unitNode));
        });
        return root;
    }

    /** The units of the tree, for choosing the units informed. */
    public static List<String> units(TreeNode<Pick> root) {
        return root.getChildren().stream().map(node -> node.getData().value()).toList();
    }
}
