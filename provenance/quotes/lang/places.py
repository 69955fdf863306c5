"""Names of countries, their usual short forms, the states of the United States and a few
regions, in lower case (a list of our own). A mention that is one of these as a whole is a
place: no given name in it gives a gender ("Georgia", "Virginia"), and it is no
antecedent of "he" or "she". Names in English as English and German news write them."""

from __future__ import annotations

import re

__all__ = ["PLACES"]


def _lines(text: str) -> frozenset[str]:
    return frozenset(n.strip().lower() for n in re.split(r"[,\n]", text) if n.strip())


PLACES = _lines(
    """
    afghanistan, albania, algeria, andorra, angola, argentina, armenia, australia, austria,
    azerbaijan, bahamas, bahrain, bangladesh, barbados, belarus, belgium, belize, benin,
    bhutan, bolivia, bosnia, botswana, brazil, brunei, bulgaria, burkina faso, burundi,
    cambodia, cameroon, canada, cape verde, chile, china, colombia, comoros, congo,
    costa rica, croatia, cuba, cyprus, czech republic, czechia, denmark, djibouti, dominica,
    dominican republic, ecuador, egypt, el salvador, eritrea, estonia, eswatini, ethiopia,
    fiji, finland, france, gabon, gambia, germany, ghana, greece, grenada, guatemala, guinea,
    guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel,
    italy, ivory coast, jamaica, japan, kazakhstan, kenya, kiribati, kosovo, kuwait,
    kyrgyzstan, laos, latvia, lebanon, lesotho, liberia, libya, liechtenstein, lithuania,
    luxembourg, madagascar, malawi, malaysia, maldives, mali, malta, mauritania, mauritius,
    mexico, micronesia, moldova, monaco, mongolia, montenegro, morocco, mozambique, myanmar,
    burma, namibia, nauru, nepal, netherlands, holland, new zealand, nicaragua, niger,
    nigeria, north korea, south korea, korea, north macedonia, macedonia, norway, oman,
    pakistan, palau, palestine, panama, papua new guinea, paraguay, peru, philippines,
    poland, portugal, qatar, romania, russia, rwanda, samoa, san marino, saudi arabia,
    senegal, serbia, seychelles, sierra leone, singapore, slovakia, slovenia, somalia,
    south africa, south sudan, spain, sri lanka, sudan, suriname, sweden, switzerland, syria,
    taiwan, tajikistan, tanzania, thailand, togo, tonga, trinidad, tunisia, turkey, turkiye,
    turkmenistan, tuvalu, uganda, ukraine, united arab emirates, united kingdom, britain,
    great britain, england, scotland, wales, northern ireland, united states, america,
    uruguay, uzbekistan, vanuatu, vatican, venezuela, vietnam, yemen, zambia, zimbabwe,
    gaza, west bank, crimea, tibet, hong kong, macau, greenland, puerto rico, guam,
    alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware,
    florida, hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine,
    maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska,
    nevada, new hampshire, new jersey, new mexico, new york, north carolina, north dakota,
    ohio, oklahoma, oregon, pennsylvania, rhode island, south carolina, south dakota,
    tennessee, texas, utah, vermont, virginia, west virginia, wisconsin, wyoming, georgia,
    europe, asia, africa, latin america, south america, north america, middle east,
    scandinavia, siberia, the balkans, balkans, caribbean, silicon valley, wall street,
    deutschland, frankreich, russland, amerika, europa, österreich, schweiz, spanien,
    italien, griechenland, polen, türkei, ungarn, niederlande, belgien, dänemark,
    schweden, norwegen, finnland, tschechien, rumänien, bulgarien, kroatien, serbien,
    ägypten, syrien, irak, afghanistan, israel, japan, indien, brasilien, mexiko, kanada,
    australien, südafrika, nordkorea, südkorea, großbritannien, england, bayern, sachsen,
    thüringen, hessen, berlin, hamburg, bremen, niedersachsen, brandenburg
    """
)
