package org.onemap.app.desktop.importer;

/** The wizard's pages in order: 文件 → 预览与参数 → 字段映射 → 校验与导入 → 完成. */
public enum ImportStep {
    FILE, PREVIEW, MAPPING, RUN, DONE;

    /** Bundle key of the page title. */
    public String titleKey() { return "import.step." + name().toLowerCase(java.util.Locale.ROOT); }
}
