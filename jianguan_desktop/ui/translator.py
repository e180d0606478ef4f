"""Qt's translator for the window: our .qm catalogue, Qt's own Chinese strings, zh_CN locale.

After :func:`install_translators`, every ``tr()`` in every layer goes through
``QCoreApplication.translate``; without a fresh .qm file a translator that reads the
.ts catalogue directly stands in, so a source checkout shows Chinese too.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from jianguan_desktop import i18n
from jianguan_desktop.resources_path import resource_path

QM_NAME = "jianguan_zh_CN.qm"
TS_NAME = "jianguan_zh_CN.ts"


class CatalogueTranslator(QTranslator):
    """Translates from the committed .ts file (used when the .qm is missing or stale)."""

    def translate(self, context: str, source_text: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if context != i18n.DEFAULT_CONTEXT:
            return None  # None (a null string): Qt asks the next translator, e.g. qtbase
        result = i18n.catalogue_translate(context, source_text)
        return None if result == source_text else result

    def isEmpty(self) -> bool:
        return False


def qm_is_fresh(qm_file: Path, ts_file: Path) -> bool:
    """Whether the built .qm exists and is not older than the .ts it was built from."""
    if not qm_file.is_file():
        return False
    if not ts_file.is_file():
        return True
    return qm_file.stat().st_mtime >= ts_file.stat().st_mtime


def _catalogue_translator(parent: QCoreApplication) -> QTranslator:
    qm_file = resource_path("i18n", QM_NAME)
    if qm_is_fresh(qm_file, resource_path("i18n", TS_NAME)):
        translator = QTranslator(parent)
        if translator.load(str(qm_file)):
            return translator
    return CatalogueTranslator(parent)


def _qt_translator(parent: QCoreApplication) -> QTranslator | None:
    translator = QTranslator(parent)
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    return translator if translator.load("qtbase_zh_CN", folder) else None


def install_translators(app: QCoreApplication) -> list[QTranslator]:
    """Install the translators for the language in force and route ``i18n.tr`` through Qt."""
    language = i18n.language()
    installed: list[QTranslator] = []
    stretch_in_backend = language == "stretch"
    if language != "en":
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        qt = _qt_translator(app)
        if qt is not None:
            installed.append(qt)
        ours = _catalogue_translator(app)
        # the catalogue translator already stretches (it goes through i18n's own backend)
        stretch_in_backend = stretch_in_backend and not isinstance(ours, CatalogueTranslator)
        installed.append(ours)
        for translator in installed:
            app.installTranslator(translator)

    def backend(context: str, text: str) -> str:
        result = QCoreApplication.translate(context, text)
        return i18n.stretch(result) if stretch_in_backend else result

    i18n.set_backend(backend)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests that make more than one application state)."""
    for translator in translators:
        app.removeTranslator(translator)
    i18n.set_backend(None)
