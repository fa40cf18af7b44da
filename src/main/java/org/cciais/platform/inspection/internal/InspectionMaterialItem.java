package org.cciais.platform.inspection.internal;

/**
 * One item of the annual inspection material catalogue (table {@code inspection_material_items}).
 *
 * @param requiredWhenChanged required only when the enterprise changed its 副本 data (变更证明, 变更后的营业执照)
 */
public record InspectionMaterialItem(String code, int seq, String title, boolean required,
		boolean requiredWhenChanged, String fileKind) {

	public boolean requiredFor(boolean copyChanged) {
		return required || (copyChanged && requiredWhenChanged);
	}
}
