namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the public sector scan (/sector, /sector/boards/{number}); the moves render in ReasonText.Observatory.
    private static Dictionary<string, string> SectorScanWords => new()
    {
        ["Sectorbeeld"] = "Sector picture",
        ["Welke aanbieders de mail, het mailfilter, de identiteit, de DNS en de websites van de Nederlandse scholen en besturen leveren, gemeten uit openbare DNS-gegevens van elke school in het register van DUO. Het zijn openbare gegevens over publieke organisaties; de cijfers mogen zoals ze zijn gedeeld worden."] =
            "Which providers deliver the mail, mail filter, identity, DNS and websites of Dutch schools and boards, measured from the public DNS data of every school in DUO's register. This is public data about public bodies; the figures may be shared as they are.",
        ["Stand van register en scan"] = "State of the register and the scan",
        ["Register"] = "Register",
        ["Scan"] = "Scan",
        ["Laatst ingelezen op {0}: {1}, {2}."] = "Last imported on {0}: {1}, {2}.",
        ["Er is nog geen register. Lees de openbare bestanden van DUO in met:"] = "There is no register yet. Import DUO's open data files with:",
        ["Er is nog geen scan. Draai na het register:"] = "There is no scan yet. After the register, run:",
        ["Scan van {0}: {1}, waarvan {2} beantwoord."] = "Scan of {0}: {1}, of which {2} answered.",
        ["De scan is nog niet af: {0} van {1} domeinen gedaan; draai regie sector scan opnieuw om hem af te maken."] =
            "The scan is not finished: {0} of {1} domains done; run regie sector scan again to finish it.",
        ["nog niet af"] = "not finished",
        ["Geen scan met id '{0}'."] = "No scan with id '{0}'.",
        ["Geen scan met id '{0}' om mee te vergelijken."] = "No scan with id '{0}' to compare with.",
        ["Die indeling kennen we niet; hieronder de hele sector."] = "That grouping is unknown; below is the whole sector.",
        ["Indeling"] = "Grouping",
        ["hele sector"] = "whole sector",
        ["per sector"] = "by sector",
        ["per provincie"] = "by province",
        ["per omvang"] = "by size",
        ["Hele sector"] = "Whole sector",
        ["provincie onbekend"] = "province unknown",
        ["kleine besturen (minder dan 1.000 leerlingen)"] = "small boards (under 1,000 pupils)",
        ["middelgrote besturen (1.000–4.999 leerlingen)"] = "medium boards (1,000–4,999 pupils)",
        ["grote besturen (5.000–14.999 leerlingen)"] = "large boards (5,000–14,999 pupils)",
        ["zeer grote besturen (15.000 leerlingen of meer)"] = "very large boards (15,000 pupils or more)",
        ["Vergelijken met"] = "Compare with",
        ["(geen vergelijking)"] = "(no comparison)",
        ["Tonen"] = "Show",
        ["Downloaden:"] = "Download:",
        ["dezelfde tabel als regie sector summary --format csv."] = "the same table as regie sector summary --format csv.",
        ["Verhuisd sinds de scan van {0}"] = "Moved since the scan of {0}",
        ["Niemand is verhuisd."] = "Nobody moved.",
        ["Een verhuizing telt alleen tussen twee gemeten toestanden: een school of bestuur dat in een van beide scans niet gemeten is, is niet verhuisd."] =
            "A move counts only between two measured states: a school or board not measured in either scan has not moved.",
        ["{0} bestuur"] = "{0} board",
        ["{0} besturen"] = "{0} boards",
        ["{0} leerling"] = "{0} pupil",
        ["{0} leerlingen"] = "{0} pupils",
        ["Mail"] = "Mail",
        ["Mailfilter"] = "Mail filter",
        ["Identiteit"] = "Identity",
        ["Webhosting"] = "Web hosting",
        ["besturen"] = "boards",
        ["Aanbieder"] = "Provider",
        ["{0} van {1}."] = "{0} of {1}.",
        ["Een school telt met het domein van haar eigen website; zonder website of zonder antwoord van DNS is ze niet gemeten."] =
            "A school counts by its own website's domain; without a website or an answer from DNS it is not measured.",
        ["Een bestuur telt met zijn eigen domein als DNS daarvoor antwoordde, anders met de aanbieder die de meeste van zijn gemeten scholen gebruiken."] =
            "A board counts by its own domain when DNS answered for it, otherwise by the provider most of its measured schools use.",
        ["{0} van {1} leerlingen: die van de scholen links (de telling van DUO; een school zonder telling telt 0)."] =
            "{0} of {1} pupils: those of the schools to the left (DUO's count; a school without a count adds 0).",
        ["Telregels"] = "Counting rules",
        ["Een school telt met het domein van haar eigen website (uit het register van DUO). Zonder website, bij een naam die geen domein is of als DNS niet antwoordde: niet gemeten. DNS antwoordde maar toont geen aanbieder voor dit gebied: geen gezien."] =
            "A school counts by its own website's domain (from DUO's register). Without a website, with a name that is no domain, or when DNS did not answer: not measured. DNS answered but shows no provider for this area: none seen.",
        ["Een bestuur telt met zijn eigen domein als het er een heeft en DNS daarvoor antwoordde. Anders met de aanbieder die de meeste van zijn gemeten scholen gebruiken; bij gelijke stand de aanbieder waarvan de id als eerste komt. Zo telt één bestuur één keer."] =
            "A board counts by its own domain when it has one and DNS answered for it. Otherwise by the provider most of its measured schools use; on a tie, the provider whose id comes first. So one board counts once.",
        ["De leerlingen van een bestuur zijn die van zijn scholen; de omvang van een bestuur volgt daaruit. Per sector telt een bestuur in elke sector waarin het een school heeft, dus de besturen per sector tellen op tot meer dan het geheel; per provincie en per omvang telt elk bestuur één keer."] =
            "A board's pupils are those of its schools; its size follows from them. By sector a board counts in every sector it has a school in, so the boards per sector add up to more than the whole; by province and by size each board counts once.",
        ["Aandelen zijn van alle scholen, besturen en leerlingen van de groep, de niet gemeten meegeteld, zodat de aandelen van een gebied optellen tot 100%."] =
            "Shares are of all schools, boards and pupils of the group, the not measured included, so an area's shares add up to 100%.",
        ["De resultaten van de scholen van uw bestuur ({0})"] = "The results of your board's schools ({0})",
        ["Alle besturen in de scan: zoeken, filteren, sorteren"] = "Every board in the scan: search, filter, sort",
        ["Een aanbieder in de tabellen hieronder opent de besturen die met die aanbieder tellen."] = "A provider in the tables below opens the boards that count with that provider.",
        ["Bestuur {0} in de sectorscan"] = "Board {0} in the sector scan",
        ["Terug naar het sectorbeeld"] = "Back to the sector picture",
        ["Scan van {0}. Openbare DNS-gegevens van de websites van het bestuur en zijn scholen."] = "Scan of {0}. Public DNS data of the websites of the board and its schools.",
        ["Hoe het bestuur telt"] = "How the board counts",
        ["Met zijn eigen domein {0}, want DNS antwoordde daarvoor."] = "By its own domain {0}, because DNS answered for it.",
        ["Met de aanbieder die de meeste van zijn gemeten scholen gebruiken: het eigen domein ({0}) gaf geen antwoord of het bestuur heeft geen website."] =
            "By the provider most of its measured schools use: its own domain ({0}) gave no answer or the board has no website.",
        ["Bewijs voor {0}"] = "Evidence for {0}",
        ["Het register noemt geen scholen van dit bestuur."] = "The register lists no schools of this board.",
        ["School"] = "School",
        ["DNS"] = "DNS",
        ["geen website"] = "no website",
        ["beantwoord"] = "answered",
        ["niet gescand"] = "not scanned",
        ["geen antwoord"] = "no answer",

        // The list of boards (/sector/boards), for sector analysts and system administrators.
        ["Besturen in de sectorscan"] = "Boards in the sector scan",
        ["Elk bestuur uit het register van DUO met zijn scholen, leerlingen en aanbieders in de scan. Alleen voor sectoranalisten en systeembeheerders; een bestuur ziet alleen zijn eigen resultaten."] =
            "Every board in DUO's register with its schools, pupils and providers in the scan. For sector analysts and system administrators only; a board sees only its own results.",
        ["Er is nog geen scan (of geen scan met dat id). Draai na het register:"] = "There is no scan yet (or none with that id). After the register, run:",
        ["Scan van {0}."] = "Scan of {0}.",
        ["Veranderd: vergeleken met de scan van {0}."] = "Changed: compared with the scan of {0}.",
        ["Er is geen eerdere scan om mee te vergelijken."] = "There is no earlier scan to compare with.",
        ["Zoek op naam, nummer of gemeente"] = "Search by name, number or municipality",
        ["Alle sectoren"] = "All sectors",
        ["Alle provincies"] = "All provinces",
        ["Omvang"] = "Size",
        ["Alle aanbieders"] = "All providers",
        ["klein (minder dan 1.000 leerlingen)"] = "small (under 1,000 pupils)",
        ["middelgroot (1.000–4.999 leerlingen)"] = "medium (1,000–4,999 pupils)",
        ["groot (5.000–14.999 leerlingen)"] = "large (5,000–14,999 pupils)",
        ["zeer groot (15.000 leerlingen of meer)"] = "very large (15,000 pupils or more)",
        ["{0} van {1} bestuur"] = "{0} of {1} board",
        ["{0} van {1} besturen"] = "{0} of {1} boards",
        ["CSV van deze lijst"] = "CSV of this list",
        ["Geen besturen gevonden."] = "No boards found.",
        ["Nummer"] = "Number",
        ["Gemeente"] = "Municipality",
        ["Veranderd sinds vorige scan"] = "Changed since previous scan",
        ["ja: {0}"] = "yes: {0}",
    };
}
