"""Snapshot strip and large viewer, with the wellness veil for sensitive snapshots.

A snapshot is sensitive when any of its upstream classifier labels scores at least
:data:`SENSITIVE_SCORE`. A sensitive snapshot is shown through a veil (a staged reveal):
``blur`` (the default) or ``gray``, made in the decode worker; the clear image is decoded too
(so that a reveal is instant) but only ever painted while the reveal key or the mouse button
is held. Mode ``color`` shows it as it is. Thumbnails always wear the veil.
Both widgets paint themselves: no rich text, no item views, nothing to hunt for.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import QSizePolicy, QStyle, QWidget

from reviewer.contract import Snapshot
from ui.case import phases
from ui.common import formats, theme
from ui.common.i18n import arg, translate

SENSITIVE_SCORE = 0.5
#: blur_gray (the wellbeing level "blurred"): blurred at rest, grey (never colour) while held
REVEAL_MODES = ("blur", "gray", "color", "blur_gray")


def default_reveal_mode(snapshot: Snapshot) -> str:
    """Blur whatever the classifiers call sensitive; show the rest as it is."""
    return "blur" if is_sensitive(snapshot) else "color"


def sensitive_labels(snapshot: Snapshot) -> list[tuple[str, float]]:
    """The labels that make ``snapshot`` sensitive, highest score first."""
    hits = [(lab.label, lab.score) for lab in snapshot.labels if lab.score >= SENSITIVE_SCORE]
    return sorted(hits, key=lambda x: -x[1])


def label_scores(labels: list[tuple[str, float]]) -> str:
    """``nudity 0.91, gore 0.62``: the classifier's label names (data) with their scores."""
    each = translate("SnapshotViewer", "%1 %2", "a classifier label and its score")
    return translate("SnapshotViewer", ", ", "between list items").join(
        arg(each, name, formats.number(score, 2)) for name, score in labels
    )


def is_sensitive(snapshot: Snapshot) -> bool:
    return any(lab.score >= SENSITIVE_SCORE for lab in snapshot.labels)


@dataclass
class SnapshotSlot:
    """What the widgets know about one snapshot; pixmaps arrive as decodes finish."""

    snapshot: Snapshot
    sensitive: bool
    thumb: QPixmap | None = None
    view: QPixmap | None = None  # blurred when sensitive
    clear: QPixmap | None = None  # only for veiled snapshots, painted only while revealed
    view_hi: QPixmap | None = None  # full resolution for zooming, veiled like ``view``
    clear_hi: QPixmap | None = None  # full resolution clear image (veiled snapshots only)
    error: str = ""
    labels: list[tuple[str, float]] = field(default_factory=list)
    mode: str = "color"  # blur, gray or color (see REVEAL_MODES)
    clear_effect: str = ""  # "gray": the held image is grey too (mode blur_gray)

    @property
    def veiled(self) -> bool:
        """True when the clear pixels may be shown only while held."""
        return self.mode != "color"

    @classmethod
    def of(cls, snapshot: Snapshot, mode: str | None = None) -> SnapshotSlot:
        labels = sensitive_labels(snapshot)
        if mode is None:
            mode = "blur" if labels else "color"
        if mode not in REVEAL_MODES:
            raise ValueError(f"unknown reveal mode {mode!r}")
        clear_effect = "gray" if mode == "blur_gray" else ""
        mode = "blur" if mode == "blur_gray" else mode
        return cls(
            snapshot=snapshot,
            sensitive=bool(labels),
            labels=labels,
            mode=mode,
            clear_effect=clear_effect,
        )


def _fit(size: QSize, bounds: QRect) -> QRect:
    """``size`` scaled to fit ``bounds`` keeping its aspect ratio, centred."""
    if size.width() <= 0 or size.height() <= 0:
        return bounds
    scaled = size.scaled(bounds.size(), Qt.AspectRatioMode.KeepAspectRatio)
    x = bounds.x() + (bounds.width() - scaled.width()) // 2
    y = bounds.y() + (bounds.height() - scaled.height()) // 2
    return QRect(QPoint(x, y), scaled)


def _muted(palette: QPalette) -> QColor:
    c = palette.color(QPalette.ColorRole.WindowText)
    c.setAlpha(150)
    return c


MAX_ZOOM = 4.0


class SnapshotViewer(QWidget):
    """The large snapshot. Mouse press reveals a veiled snapshot until release; the wheel
    zooms (up to 4×) around the pointer, a drag pans, a double click fits again.

    Signals: ``revealChanged(bool)`` when the clear image starts or stops being shown;
    ``zoomChanged(float)`` (the case view then decodes the snapshot at full resolution).
    """

    revealChanged = Signal(bool)
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotViewer")
        self.setAccessibleName(self.tr("Snapshot viewer"))
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # 16:9 at the pane's width: no empty letterbox
        self.setSizePolicy(policy)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self._slot: SnapshotSlot | None = None
        self._message = self.tr("No snapshot")
        self._shown: tuple[object, ...] = ()  # what the last set_slot showed (_shown_key)
        self._revealed = False
        self._mouse_reveal = False
        self._hint = arg(self.tr("Hold %1 or the mouse button to view"), "V")
        self._zoom = 1.0
        self._cx = 0.5  # centre of the visible window, as a fraction of the image
        self._cy = 0.5
        self._drag: QPointF | None = None

    def set_reveal_hint(self, hint: str) -> None:
        self._hint = hint
        self.update()

    def reveal_hint(self) -> str:
        """The hint drawn on a veiled snapshot (which key or button reveals it)."""
        return self._hint

    def set_slot(self, slot: SnapshotSlot | None, message: str = "") -> None:
        """Show ``slot`` (None: ``message``). The same slot again with nothing it shows
        changed (another snapshot's decode landed) repaints nothing: the large image is the
        costliest paint of the case screen."""
        if slot is not self._slot:
            self.reset_zoom()
        message = message or ("" if slot else self.tr("No snapshot"))
        shown = self._shown_key(slot, message)
        if slot is self._slot and shown == self._shown:
            return
        self._slot = slot
        self._message = message
        self._shown = shown
        self._update_accessible()
        self.update()

    @staticmethod
    def _shown_key(slot: SnapshotSlot | None, message: str) -> tuple[object, ...]:
        """What a paint of ``slot`` draws from (its pixmaps by cache key, its veil, error)."""
        if slot is None:
            return (message,)
        pixmaps = (slot.view, slot.clear, slot.view_hi, slot.clear_hi)
        keys = tuple(0 if pix is None else pix.cacheKey() for pix in pixmaps)
        return (message, slot.mode, slot.clear_effect, slot.error, *keys)

    def slot(self) -> SnapshotSlot | None:
        return self._slot

    def set_revealed(self, revealed: bool) -> None:
        """Show the clear image of a veiled snapshot (only while a key or button is held)."""
        if revealed == self._revealed:
            return
        self._revealed = revealed
        self.update()
        self.revealChanged.emit(revealed)

    def is_revealed(self) -> bool:
        return self._revealed

    def showing_clear(self) -> bool:
        """True when the pixels on screen are a veiled snapshot's clear image."""
        s = self._slot
        return bool(s and s.veiled and self._revealed and s.clear is not None)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16 + 8

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 40, h * 40 * 9 // 16 + 8)

    def minimumSizeHint(self) -> QSize:
        h = self.fontMetrics().height()
        return QSize(h * 16, h * 9)

    # -- zoom ---------------------------------------------------------------------------

    def zoom(self) -> float:
        return self._zoom

    def reset_zoom(self) -> None:
        if self._zoom != 1.0:
            self._zoom, self._cx, self._cy = 1.0, 0.5, 0.5
            self.update()
            self.zoomChanged.emit(1.0)

    def set_zoom(self, zoom: float, at: QPointF | None = None) -> None:
        """Zoom to ``zoom`` (1-4×) keeping the image point under ``at`` where it is."""
        zoom = max(1.0, min(MAX_ZOOM, zoom))
        if zoom == self._zoom:
            return
        target = self._target()
        if at is not None and target.width() > 0 and target.height() > 0:
            fx = (at.x() - target.x()) / target.width() - 0.5
            fy = (at.y() - target.y()) / target.height() - 0.5
            ux, uy = self._cx + fx / self._zoom, self._cy + fy / self._zoom
            self._cx, self._cy = ux - fx / zoom, uy - fy / zoom
        self._zoom = zoom
        self._clamp()
        self.update()
        self.zoomChanged.emit(zoom)

    def _clamp(self) -> None:
        half = 0.5 / self._zoom
        self._cx = max(half, min(1 - half, self._cx))
        self._cy = max(half, min(1 - half, self._cy))

    def shown_pixmap(self) -> QPixmap | None:
        """The pixmap a paint draws now: veiled or clear, full resolution when zoomed in."""
        s = self._slot
        if s is None:
            return None
        clear = self.showing_clear()
        if self._zoom > 1.0:
            hi = s.clear_hi if clear else s.view_hi
            if hi is not None:
                return hi
        return s.clear if clear else s.view

    def _target(self) -> QRect:
        s = self._slot
        area = self.rect().adjusted(4, 4, -4, -4)
        pix = s.view if s is not None else None
        if pix is None:
            return area
        return _fit(pix.size(), area)

    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if not steps or self._slot is None or self._slot.error:
            super().wheelEvent(event)
            return
        self.set_zoom(self._zoom * (1.25**steps), event.position())
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.reset_zoom()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None and self._zoom > 1.0:
            target = self._target()
            delta = event.position() - self._drag
            self._drag = event.position()
            self._cx -= delta.x() / max(1, target.width()) / self._zoom
            self._cy -= delta.y() / max(1, target.height()) / self._zoom
            self._clamp()
            self.update()
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = event.position()
            if self._slot and self._slot.veiled:
                self._mouse_reveal = True
                self.set_revealed(True)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag = None
            if self._mouse_reveal:
                self._mouse_reveal = False
                self.set_revealed(False)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    @phases.timed("paint: snapshot viewer")
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        pal = self.palette()
        bg = pal.color(QPalette.ColorRole.Window).darker(115)
        p.fillRect(self.rect(), bg)
        s = self._slot
        area = self.rect().adjusted(4, 4, -4, -4)
        if s is None:
            self._center_text(p, area, self._message)
            return
        shot = s.snapshot
        if s.error:
            self._placeholder(
                p, area, QSize(shot.width, shot.height), self.tr("Snapshot not shown"), s.error
            )
            return
        pix = self.shown_pixmap()
        if pix is None:
            size = QSize(shot.width, shot.height)
            self._placeholder(p, area, size, self.tr("Loading snapshot…"), "")
            return
        target = _fit(pix.size(), area)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        if self._zoom > 1.0:
            w, h = pix.width() / self._zoom, pix.height() / self._zoom
            source = QRectF(pix.width() * self._cx - w / 2, pix.height() * self._cy - h / 2, w, h)
            p.drawPixmap(QRectF(target), pix, source)
        else:
            p.drawPixmap(target, pix)
        if s.veiled and not self.showing_clear():
            title = arg(self.tr("Sensitive: %1"), label_scores(s.labels[:3]))
            self._banner(p, target, title, self._hint, low=s.mode == "gray")

    def _center_text(self, p: QPainter, rect: QRect, text: str) -> None:
        p.setPen(_muted(self.palette()))
        p.drawText(rect, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, text)

    def _placeholder(self, p: QPainter, area: QRect, size: QSize, title: str, detail: str) -> None:
        box = _fit(size if size.isValid() and not size.isEmpty() else QSize(16, 9), area)
        pen = QPen(_muted(self.palette()))
        pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawRect(box.adjusted(0, 0, -1, -1))
        text = title if not detail else f"{title}\n{detail}"
        self._center_text(p, box.adjusted(8, 8, -8, -8), text)

    def _banner(self, p: QPainter, target: QRect, title: str, hint: str, *, low: bool) -> None:
        fm = QFontMetrics(self.font())
        line = fm.height()
        width = min(
            target.width() - 2 * line,
            max(fm.horizontalAdvance(title), fm.horizontalAdvance(hint)) + 2 * line,
        )
        box = QRectF(0, 0, width, line * 3.2)
        box.moveCenter(QRectF(target).center())
        if low:  # a grey image is meant to be looked at: keep the banner out of its middle
            box.moveBottom(target.bottom() - line)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(theme.drawn("veil"))
        p.drawRoundedRect(box, line / 2, line / 2)
        p.setPen(theme.drawn("veil title"))
        inner = box.adjusted(line / 2, line / 3, -line / 2, -line / 3).toRect()
        p.drawText(
            inner,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            fm.elidedText(title, Qt.TextElideMode.ElideRight, inner.width()),
        )
        p.setPen(theme.drawn("veil hint"))
        p.drawText(
            inner,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
            fm.elidedText(hint, Qt.TextElideMode.ElideRight, inner.width()),
        )

    def _update_accessible(self) -> None:
        s = self._slot
        if s is None:
            self.setAccessibleDescription(self._message)
            return
        at = formats.offset(int(s.snapshot.offset_seconds * 1000))
        if not s.sensitive:
            text = self.tr("Snapshot at %1, not flagged")
        elif s.mode == "blur":
            text = self.tr("Snapshot at %1, sensitive, shown blurred")
        elif s.mode == "gray":
            text = self.tr("Snapshot at %1, sensitive, shown in grey")
        else:
            text = self.tr("Snapshot at %1, sensitive, shown in colour")
        self.setAccessibleDescription(arg(text, at))


CELL_GAP = 6
#: thumbnails kept scaled to their cells: the case on screen and a few prepared ahead
SCALED_THUMBS_KEPT = 96


class SnapshotStrip(QWidget):
    """A row of thumbnails with their stream times; a click selects one. In a right-to-left
    layout the row starts at the right edge, as the timeline's time does.

    Signals: ``currentChanged(int)``.
    """

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("snapshotStrip")
        self.setAccessibleName(self.tr("Snapshot strip"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._slots: list[SnapshotSlot] = []
        self._current = -1
        # (thumbnail's cacheKey, width, height, dpr) -> the thumbnail scaled to its cell:
        # a paint then draws it unscaled; filled ahead of the swap by prepare_thumb
        self._scaled: OrderedDict[tuple[int, int, int, float], QPixmap] = OrderedDict()
        # the strip as drawn (cells on a transparent layer), what it was drawn for, and
        # per cell what its pixels came from: a paint draws again only the cells that changed
        self._layer: QPixmap | None = None
        self._layer_key: tuple[object, ...] = ()
        self._cell_keys: dict[int, tuple[object, ...]] = {}

    def thumb_width(self) -> int:
        """Thumbnail width from the font, so that the strip scales with the system font."""
        return self.fontMetrics().height() * 7

    def set_slots(self, slots: list[SnapshotSlot], current: int = 0) -> None:
        self._slots = slots
        self._current = current if slots else -1
        self.setAccessibleDescription(self.tr("%Ln snapshot(s)", "", len(slots)))
        self.update()

    def set_current(self, index: int) -> None:
        if index != self._current and 0 <= index < len(self._slots):
            self._current = index
            self.update()

    def current(self) -> int:
        return self._current

    def sizeHint(self) -> QSize:
        fm = self.fontMetrics()
        return QSize(self.thumb_width() * 6, self._cell_height(fm))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.thumb_width(), self._cell_height(self.fontMetrics()))

    def _cell_height(self, fm: QFontMetrics) -> int:
        return self.thumb_width() * 9 // 16 + fm.height() + 14

    def cells(self) -> list[QRect]:
        """Each thumbnail's rectangle, in strip coordinates (what a click hits)."""
        return self._cells(len(self._slots))

    def _cells(self, n: int) -> list[QRect]:
        if n == 0:
            return []
        width = min(self.thumb_width(), max(8, (self.width() - CELL_GAP * (n - 1)) // n))
        cells = [QRect(i * (width + CELL_GAP), 0, width, self.height()) for i in range(n)]
        if self.isRightToLeft():  # stream time reads right to left: the first at the right
            rtl = Qt.LayoutDirection.RightToLeft
            return [QStyle.visualRect(rtl, self.rect(), cell) for cell in cells]
        return cells

    def index_at(self, pos: QPoint) -> int:
        for i, cell in enumerate(self.cells()):
            if cell.contains(pos):
                return i
        return -1

    def mousePressEvent(self, event: QMouseEvent) -> None:
        i = self.index_at(event.position().toPoint())
        if i >= 0:
            self.set_current(i)
            self.currentChanged.emit(i)
            event.accept()
            return
        super().mousePressEvent(event)

    def _image_rect(self, cell: QRect) -> QRect:
        text_h = self.fontMetrics().height()
        return QRect(cell.x() + 2, cell.y() + 2, cell.width() - 4, cell.height() - text_h - 10)

    def _scaled_thumb(self, thumb: QPixmap, size: QSize) -> QPixmap:
        """``thumb`` scaled to ``size`` (logical pixels), once; kept for the next paints."""
        dpr = self.devicePixelRatioF()
        key = (thumb.cacheKey(), size.width(), size.height(), dpr)
        got = self._scaled.get(key)
        if got is not None:
            self._scaled.move_to_end(key)
            return got
        got = thumb.scaled(
            size * dpr,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        got.setDevicePixelRatio(dpr)
        self._scaled[key] = got
        while len(self._scaled) > SCALED_THUMBS_KEPT:
            self._scaled.popitem(last=False)
        return got

    def prepare_thumb(self, thumb: QPixmap, count: int) -> None:
        """Scale a coming case's thumbnail (of ``count`` snapshots) to the cell it will
        fill, while the moderator reads: the swap's paint then only copies it."""
        cells = self._cells(count)
        if cells and not thumb.isNull():
            rect = self._image_rect(cells[0])
            self._scaled_thumb(thumb, _fit(thumb.size(), rect).size())

    def scaled_count(self) -> int:
        """Thumbnails held scaled to their cells (a bounded number)."""
        return len(self._scaled)

    def forget_scaled(self) -> None:
        """Drop every scaled thumbnail and the drawn strip (sign-out, idle lock, no case on
        screen)."""
        self._scaled.clear()
        self._layer = None
        self._cell_keys = {}

    @phases.timed("paint: snapshot strip")
    def paintEvent(self, event: QPaintEvent) -> None:
        """Blit the strip's layer, after drawing again just the cells whose picture changed
        (a decode landed, the current one moved): a new snapshot of a live stream costs one
        cell, not the whole strip."""
        layer = self._drawn_layer()
        p = QPainter(self)
        p.drawPixmap(0, 0, layer)
        p.end()

    def draw_ahead(self) -> None:
        """Draw the strip's layer at its size now (a hidden case body, before its swap):
        the first paint then only copies it."""
        if self.width() > 0 and self.height() > 0:
            self._drawn_layer()

    def _drawn_layer(self) -> QPixmap:
        """The strip's layer, its changed cells drawn again."""
        dpr = self.devicePixelRatioF()
        key = (
            self.width(),
            self.height(),
            dpr,
            self.palette().cacheKey(),
            self.font().key(),
            self.layoutDirection(),
            len(self._slots),
        )
        layer = self._layer
        if layer is None or self._layer_key != key:
            layer = QPixmap(max(1, round(self.width() * dpr)), max(1, round(self.height() * dpr)))
            layer.setDevicePixelRatio(dpr)
            layer.fill(Qt.GlobalColor.transparent)
            self._layer, self._layer_key, self._cell_keys = layer, key, {}
        lp = QPainter(layer)
        try:
            for i, (slot, cell) in enumerate(zip(self._slots, self.cells(), strict=True)):
                drawn = self._cell_key(slot, i)
                if self._cell_keys.get(i) == drawn:
                    continue
                lp.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
                lp.fillRect(cell, Qt.GlobalColor.transparent)
                lp.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
                self._paint_cell(lp, i, slot, cell)
                self._cell_keys[i] = drawn
        finally:
            lp.end()
        return layer

    def _cell_key(self, slot: SnapshotSlot, index: int) -> tuple[object, ...]:
        """Everything a cell's pixels come from (its thumbnail by cache key)."""
        thumb = 0 if slot.thumb is None else slot.thumb.cacheKey()
        return (
            thumb,
            bool(slot.error),
            slot.sensitive,
            slot.snapshot.offset_seconds,
            index == self._current,
        )

    def _paint_cell(self, p: QPainter, i: int, slot: SnapshotSlot, cell: QRect) -> None:
        pal = self.palette()
        fm = self.fontMetrics()
        text_h = fm.height()
        img_rect = self._image_rect(cell)
        p.fillRect(img_rect, pal.color(QPalette.ColorRole.Window).darker(115))
        if slot.thumb is not None and not slot.error:
            target = _fit(slot.thumb.size(), img_rect)
            p.drawPixmap(target.topLeft(), self._scaled_thumb(slot.thumb, target.size()))
        else:
            p.setPen(_muted(pal))
            p.drawText(img_rect, Qt.AlignmentFlag.AlignCenter, "!" if slot.error else "…")
        if slot.sensitive:
            mark = QRect(img_rect.x(), img_rect.bottom() - 3, img_rect.width(), 4)
            p.fillRect(mark, theme.drawn("sensitive mark"))
        label = formats.offset(int(slot.snapshot.offset_seconds * 1000))
        p.setPen(pal.color(QPalette.ColorRole.WindowText) if i == self._current else _muted(pal))
        text_rect = QRect(cell.x(), img_rect.bottom() + 4, cell.width(), text_h)
        # A time cut to "0:0…" says nothing: when many snapshots share the strip at a large
        # text size the times are left out, and the caption under the viewer gives the
        # selected one's time in full.
        if fm.horizontalAdvance(label) <= cell.width():
            p.drawText(
                text_rect, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), label
            )
        if i == self._current:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight))
            pen.setWidth(3)
            p.setPen(pen)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(img_rect.adjusted(-1, -1, 0, 0))


def to_pixmap(image: QImage) -> QPixmap:
    """Convert on the GUI thread (QPixmap is not thread safe)."""
    return QPixmap.fromImage(image)
