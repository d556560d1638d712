package pl.ezd.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import pl.ezd.organization.boundary.AdminViews.UnitView;
import pl.ezd.organization.boundary.StaffAdministration;

/** The organisation administrator's units (komórki) as a tree: add, rename or move, end. */
@Named
@ViewScoped
public class UnitsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StaffAdministration administration;

    @Inject
    Refusals refusals;

    private List<UnitView> units;
    private TreeNode<UnitView> root;
    private TreeNode<UnitView> selectedNode;
    private String symbol;
    private String name;
    private Long parentId;
    private LocalDate validFrom;
    private String changeName;
    private Long changeParentId;
    private LocalDate endDay;

    public List<UnitView> getUnits() {
        if (units == null) {
            units = administration.units();
        }
        return units;
    }

    /** Units under their parents, expanded; ended ones stay in the tree, marked. */
    public TreeNode<UnitView> getRoot() {
        if (root == null) {
            root = new DefaultTreeNode<>(null, null);
            Map<Long, TreeNode<UnitView>> nodes = new HashMap<>();
            List<UnitView> all = getUnits();
            for (UnitView unit : all) {
                TreeNode<UnitView> node = new DefaultTreeNode<>(unit);
                node.setExpanded(true);
                nodes.put(unit.id(), node);
            }
            for (UnitView unit : all) {
                TreeNode<UnitView> parent = unit.parentId() == null ? root : nodes.getOrDefault(unit.parentId(), root);
                parent.getChildren().add(nodes.get(unit.id()));
            }
            if (selectedNode != null) {
                Long selectedId = selectedNode.getData().id();
                selectedNode = nodes.get(selectedId);
                if (selectedNode != null) {
                    selectedNode.setSelected(true);
                }
            }
        }
        return root;
    }

    public UnitView getSelected() {
        return selectedNode == null ? null : selectedNode.getData();
    }

    public void onSelect() {
        UnitView unit = getSelected();
        if (unit != null) {
            changeName = unit.name();
            changeParentId = unit.parentId();
            endDay = null;
        }
    }

    public boolean ended(UnitView unit) {
        return unit.validTo() != null && unit.validTo().isBefore(LocalDate.now(java.time.ZoneId.of("Europe/Warsaw")));
    }

    public void add() {
        if (refusals.attempt("unit-form", () -> {
            UnitView added = administration.addUnit(new StaffAdministration.NewUnit(symbol, name, parentId, validFrom, null));
            refusals.done("units.done.added", added.symbol());
        })) {
            symbol = name = null;
            parentId = null;
            validFrom = null;
            reload();
        }
    }

    public void change() {
        UnitView unit = getSelected();
        if (unit != null && refusals.attempt("unit-detail-form", () -> {
            administration.changeUnit(unit.id(), changeName, changeParentId);
            refusals.done("units.done.changed", unit.symbol());
        })) {
            reload();
        }
    }

    public void end() {
        UnitView unit = getSelected();
        if (unit != null && refusals.attempt("unit-detail-form", () -> {
            administration.endUnit(unit.id(), endDay);
            refusals.done("units.done.ended", unit.symbol());
        })) {
            reload();
        }
    }

    private void reload() {
        units = null;
        root = null;
    }

    public TreeNode<UnitView> getSelectedNode() {
        return selectedNode;
    }

    public void setSelectedNode(TreeNode<UnitView> selectedNode) {
        this.selectedNode = selectedNode;
    }

    public String getSymbol() {
        return symbol;
    }

    public void setSymbol(String symbol) {
        this.symbol = symbol;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Long getParentId() {
        return parentId;
    }

    public void setParentId(Long parentId) {
        this.parentId = parentId;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public String getChangeName() {
        return changeName;
    }

    public void setChangeName(String changeName) {
        this.changeName = changeName;
    }

    public Long getChangeParentId() {
        return changeParentId;
    }

    public void setChangeParentId(Long changeParentId) {
        this.changeParentId = changeParentId;
    }

    public LocalDate getEndDay() {
        return endDay;
    }

    public void setEndDay(LocalDate endDay) {
        this.endDay = endDay;
    }
}
