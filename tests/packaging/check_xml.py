# Checks the icon and the AppStream release list beyond what the stock validators look at.
import sys
import xml.etree.ElementTree as ET

SVG = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def parse(path):
    try:
        return ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        fail(f"{path}: {error}")


def check_icon(path):
    root = parse(path)
    if root.tag != SVG + "svg":
        fail(f"{path}: root element is {root.tag}, not an SVG <svg>")
    # hicolor/scalable icons are drawn on a square grid; a non-square box is squashed by themes.
    view_box = root.get("viewBox", "").replace(",", " ").split()
    if view_box != ["0", "0", "128", "128"]:
        fail(f"{path}: viewBox is {root.get('viewBox')!r}, expected '0 0 128 128'")
    # A bitmap inside the SVG blurs at large sizes and defeats the point of a scalable icon.
    for element in root.iter():
        href = element.get("href", "") or element.get(XLINK_HREF, "")
        if element.tag == SVG + "image" or href.startswith("data:"):
            fail(f"{path}: embeds a raster image ({element.tag})")
    print(f"{path}: well-formed SVG, 128x128, vector only")


def check_metainfo(path, app_id, version):
    root = parse(path)
    component_id = root.findtext("id", "").strip()
    if component_id != app_id:
        fail(f"{path}: component id {component_id!r} differs from HOURGLASS_APP_ID {app_id!r}")
    launchable = root.findtext("launchable", "").strip()
    if launchable != f"{app_id}.desktop":
        fail(f"{path}: launchable {launchable!r} is not the installed {app_id}.desktop")
    releases = root.findall("releases/release")
    if not releases:
        fail(f"{path}: no <release> entries")
    newest = releases[0].get("version")
    if newest != version:
        fail(f"{path}: newest release is {newest!r} but the project version is {version!r}; "
             "add a <release> entry at the top")
    print(f"{path}: id, launchable and newest release {newest} match the project")


def main(argv):
    if len(argv) == 3 and argv[1] == "icon":
        check_icon(argv[2])
    elif len(argv) == 5 and argv[1] == "metainfo":
        check_metainfo(argv[2], argv[3], argv[4])
    else:
        fail("usage: check_xml.py icon FILE | metainfo FILE APP_ID VERSION")


if __name__ == "__main__":
    main(sys.argv)
