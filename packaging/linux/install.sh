#!/usr/bin/env sh
# Install the built bundle (dist/scar-diary) for the current user, with its menu entry and
# icons: `make install`. PREFIX defaults to ~/.local; nothing outside it is touched.
# `packaging/linux/install.sh --uninstall` removes what this put there (never your diary).
set -eu
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
PREFIX="${PREFIX:-$HOME/.local}"
APP_ID="io.github.scardiary.ScarDiary"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$PREFIX/opt/scar-diary"
    rm -f "$PREFIX/bin/scar-diary" "$PREFIX/share/applications/$APP_ID.desktop" \
        "$PREFIX/share/metainfo/$APP_ID.metainfo.xml"
    find "$PREFIX/share/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    echo "Scar Diary removed from $PREFIX (your diary and its backups are untouched)."
    exit 0
fi

[ -x "$ROOT/dist/scar-diary/scar-diary" ] || { echo "Build it first: make bundle" >&2; exit 2; }
mkdir -p "$PREFIX/opt" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo" \
    "$PREFIX/share/icons"
rm -rf "$PREFIX/opt/scar-diary"
cp -R "$ROOT/dist/scar-diary" "$PREFIX/opt/scar-diary"
ln -sf "$PREFIX/opt/scar-diary/scar-diary" "$PREFIX/bin/scar-diary"
sed "s|^Exec=scar-diary|Exec=$PREFIX/bin/scar-diary|" \
    "$ROOT/packaging/linux/$APP_ID.desktop" > "$PREFIX/share/applications/$APP_ID.desktop"
cp "$ROOT/packaging/linux/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/"
cp -R "$ROOT/build/icons/hicolor" "$PREFIX/share/icons/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "Scar Diary installed in $PREFIX: find it in your applications menu, or run scar-diary."
