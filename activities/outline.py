"""A rough outline of Great Britain, Northern Ireland and the larger islands, for
the site's small maps (the finder's plot and the picker on the activity form).

Sketched for this site from the latitude and longitude of well-known headlands,
ports and towns along the coast, a few dozen points a shape: good enough to see
where a point lies, not for measuring. No map tiles or outside data are needed,
so the maps work offline and under the site's Content-Security-Policy."""

from . import geo

# Each shape is a list of (latitude, longitude), in order round its coast.
GREAT_BRITAIN = [
    (51.13, 1.32),  # Dover
    (51.38, 1.45),  # North Foreland
    (51.50, 0.70),
    (51.50, 0.45),  # the Thames estuary
    (51.60, 0.95),
    (51.79, 1.15),
    (51.95, 1.28),  # Harwich
    (52.09, 1.58),
    (52.48, 1.76),  # Lowestoft
    (52.61, 1.73),
    (52.93, 1.30),  # Cromer
    (52.96, 0.85),
    (52.94, 0.49),
    (52.78, 0.35),  # the Wash
    (52.95, 0.03),
    (53.14, 0.34),  # Skegness
    (53.34, 0.26),
    (53.58, 0.12),  # Spurn
    (53.72, -0.30),  # the Humber
    (53.73, 0.03),
    (54.12, -0.08),  # Flamborough Head
    (54.28, -0.40),
    (54.49, -0.61),  # Whitby
    (54.62, -1.07),
    (54.69, -1.19),
    (54.91, -1.37),  # Sunderland
    (55.02, -1.42),
    (55.33, -1.58),
    (55.77, -1.99),  # Berwick
    (55.92, -2.14),
    (56.00, -2.52),
    (56.06, -2.72),
    (55.98, -3.17),  # Leith
    (56.02, -3.45),  # the Firth of Forth
    (56.11, -3.15),
    (56.28, -2.58),  # Fife Ness
    (56.34, -2.80),
    (56.45, -2.95),  # the Tay
    (56.56, -2.58),
    (56.71, -2.46),
    (56.96, -2.21),
    (57.15, -2.08),  # Aberdeen
    (57.51, -1.78),  # Peterhead
    (57.69, -2.00),
    (57.67, -2.52),
    (57.72, -3.28),
    (57.59, -3.87),
    (57.49, -4.22),  # Inverness
    (57.86, -3.78),
    (58.12, -3.65),
    (58.44, -3.09),  # Wick
    (58.64, -3.03),
    (58.67, -3.38),  # Dunnet Head
    (58.60, -3.52),
    (58.55, -4.40),
    (58.62, -5.00),  # Cape Wrath
    (58.15, -5.25),
    (57.90, -5.16),  # Ullapool
    (57.73, -5.70),
    (57.28, -5.71),  # Kyle of Lochalsh
    (57.00, -5.83),
    (56.73, -6.23),  # Ardnamurchan
    (56.41, -5.47),  # Oban
    (56.00, -5.60),
    (55.31, -5.80),  # the Mull of Kintyre
    (55.42, -5.60),
    (55.86, -5.41),
    (55.95, -4.76),  # Greenock
    (55.79, -4.87),
    (55.46, -4.63),  # Ayr
    (55.24, -4.86),
    (54.64, -4.86),  # the Mull of Galloway
    (54.70, -4.37),
    (54.83, -4.05),
    (54.98, -3.26),  # the Solway
    (54.87, -3.39),
    (54.64, -3.57),
    (54.51, -3.64),  # St Bees Head
    (54.11, -3.23),  # Barrow
    (54.20, -2.83),
    (54.07, -2.87),  # Morecambe
    (53.92, -3.01),
    (53.81, -3.05),  # Blackpool
    (53.65, -3.01),
    (53.55, -3.07),
    (53.39, -3.18),  # the Wirral
    (53.25, -3.05),
    (53.34, -3.41),
    (53.33, -3.86),  # Llandudno
    (53.23, -4.13),
    (53.41, -4.34),  # Anglesey
    (53.31, -4.69),
    (53.19, -4.47),
    (53.11, -4.34),
    (52.94, -4.52),
    (52.80, -4.72),  # the Llŷn
    (52.89, -4.41),
    (52.92, -4.13),
    (52.72, -4.06),
    (52.41, -4.09),  # Aberystwyth
    (52.10, -4.66),
    (52.03, -5.07),
    (51.90, -5.31),  # St David's Head
    (51.68, -5.17),
    (51.67, -4.70),  # Tenby
    (51.57, -4.33),
    (51.61, -3.94),  # Swansea
    (51.48, -3.70),
    (51.46, -3.17),  # Cardiff
    (51.55, -2.95),
    (51.64, -2.67),
    (51.75, -2.45),  # the Severn
    (51.50, -2.70),
    (51.35, -2.98),
    (51.21, -3.47),  # Minehead
    (51.23, -3.83),
    (51.02, -4.52),  # Hartland Point
    (50.83, -4.55),
    (50.55, -4.94),
    (50.42, -5.09),
    (50.21, -5.48),
    (50.07, -5.71),  # Land's End
    (49.96, -5.20),  # the Lizard
    (50.15, -5.07),
    (50.36, -4.14),  # Plymouth
    (50.22, -3.64),
    (50.46, -3.53),
    (50.62, -3.41),
    (50.72, -2.94),
    (50.51, -2.46),  # Portland Bill
    (50.61, -1.95),
    (50.72, -1.88),
    (50.75, -1.54),
    (50.88, -1.40),  # Southampton
    (50.79, -1.10),
    (50.72, -0.79),  # Selsey Bill
    (50.82, -0.14),  # Brighton
    (50.73, 0.24),  # Beachy Head
    (50.85, 0.57),
    (50.91, 0.98),  # Dungeness
    (51.08, 1.18),
]
NORTHERN_IRELAND = [
    (55.05, -7.25),  # Lough Foyle
    (55.17, -6.95),
    (55.21, -6.65),
    (55.22, -6.15),  # Fair Head
    (54.85, -5.80),
    (54.63, -5.90),  # Belfast Lough
    (54.64, -5.53),
    (54.37, -5.55),
    (54.21, -5.89),
    (54.05, -6.18),
    (54.10, -6.60),  # the border
    (54.33, -7.12),
    (54.12, -7.35),
    (54.22, -7.75),
    (54.45, -8.18),
    (54.70, -7.80),
    (54.83, -7.46),
]
ISLANDS = [
    [(50.77, -1.30), (50.70, -1.07), (50.58, -1.29), (50.66, -1.58)],  # Wight
    [(54.41, -4.36), (54.15, -4.48), (54.05, -4.80), (54.25, -4.70)],  # Man
    [(57.70, -6.30), (57.25, -5.65), (57.10, -6.00), (57.50, -6.70)],  # Skye
    [(58.51, -6.26), (58.20, -6.35), (57.75, -6.95), (58.25, -7.05)],  # Lewis and Harris
    [(57.65, -7.20), (57.45, -7.25), (57.05, -7.30), (57.30, -7.45)],  # the Uists
    [(56.63, -6.07), (56.38, -5.70), (56.30, -6.35), (56.50, -6.30)],  # Mull
    [(55.90, -6.10), (55.60, -6.30), (55.75, -6.45)],  # Islay
    [(59.10, -3.05), (58.95, -2.75), (58.82, -3.15), (59.05, -3.35)],  # Orkney
    [(60.85, -0.85), (60.45, -1.10), (59.85, -1.28), (60.15, -1.40), (60.50, -1.45)],  # Shetland
]
SHAPES = [GREAT_BRITAIN, NORTHERN_IRELAND, *ISLANDS]


def paths(width=300, height=400):
    """The shapes as SVG path data on the same plot as geo.map_points."""
    drawn = []
    for shape in SHAPES:
        points = geo.map_points(shape, width, height)
        drawn.append(
            "M" + " L".join(f"{x},{y}" for x, y in points) + " Z",
        )
    return drawn
