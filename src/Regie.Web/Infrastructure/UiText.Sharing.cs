namespace Regie.Web.Infrastructure;

public sealed partial class UiText
{
    // The English of the opt-in page, the shared sector page and the dashboard's comparison with the sector (issue 15).
    private static Dictionary<string, string> SharingWords => new()
    {
        ["Als een partij wegvalt"] = "If a party falls away",
        ["Bestuursnummer bij DUO (vijf cijfers)"] = "DUO board number (five digits)",
        ["Concentratie-index (HHI)"] = "Concentration index (HHI)",
        ["Delen met de sector"] = "Sharing with the sector",
        ["Dit bestuur deelt zelf niet."] = "This board does not share itself.",
        ["Dit bestuur deelt zijn landschap met de sector."] = "This board shares its landscape with the sector.",
        ["Dit bestuur deelt zijn landschap niet."] = "This board does not share its landscape.",
        ["Geen open vraag die minstens {0} besturen delen."] = "No open question that at least {0} boards share.",
        ["Een bestuur kan zijn landschap delen met de sector. Dan telt het mee in het geanonimiseerde beeld van de sector: welke leveranciers, moederbedrijven en landen hoeveel leerlingen, medewerkers en essentiële processen dragen."] =
            "A board can share its landscape with the sector. It then counts in the sector's anonymised picture: which vendors, parent companies and countries carry how many pupils, staff and essential processes.",
        ["Essentiële processen (aandeel)"] = "Essential processes (share)",
        ["Essentiële processen zonder bekende partij"] = "Essential processes without a known party",
        ["Gedeeld worden cijfers: het aantal diensten per SEAL-niveau, de scores, het aandeel diensten dat de minimumeis niet haalt, de concentratie, het aandeel onbekende antwoorden, en per leverancier, moederbedrijf, hostingpartij en product uit de catalogus van Regie en per land de leerlingen, medewerkers en essentiële processen die erop rusten (ook via afhankelijkheden)."] =
            "Figures are shared: services per SEAL level, the scores, the share of services failing the minimum, the concentration, the share of unknown answers, and per vendor, parent company, hosting provider and product of Regie's catalog and per country the pupils, staff and essential processes resting on it (also through dependencies).",
        ["Gedeelde open vragen"] = "Shared open questions",
        ["Gedeelde sector"] = "Shared sector",
        ["U bent sectoranalist: u ziet de cijfers van de sector, niet de pagina's van een bestuur."] =
            "You are a sector analyst: you see the sector's figures, not a board's pages.",
        ["Geen partij waarop minstens {0} besturen rusten."] = "No party on which at least {0} boards rest.",
        ["Geen scenario dat minstens {0} besturen raakt."] = "No scenario that hits at least {0} boards.",
        ["Groep"] = "Group",
        ["Het beeld van de besturen die hun landschap delen, als sectoruitgave: hoogstens eens per periode, en alleen als er sinds de vorige uitgave geen of minstens {0} besturen bij zijn gekomen of weg zijn gegaan."] =
            "The picture of the boards that share their landscape, as a sector release: at most once per period, and only when no boards or at least {0} boards joined or left since the previous release.",
        ["Alleen totalen: een cijfer dat op minder dan {0} besturen berust, of samen met andere cijfers zo'n cijfer zou prijsgeven, wordt niet getoond. Klik op een cijfer voor wat het telt en op hoeveel besturen het berust."] =
            "Totals only: a figure resting on fewer than {0} boards, or that would reveal such a figure together with others, is not shown. Click a figure for what it counts and how many boards it rests on.",
        ["Uw bestuur telt mee vanaf de volgende sectoruitgave. De cijfers worden hoogstens eens per {0} dagen uitgegeven, en alleen als er sinds elke eerdere uitgave geen of minstens {1} besturen bij zijn gekomen of weg zijn gegaan: anders zou het verschil tussen twee uitgaven de cijfers van één bestuur zijn."] =
            "Your board counts from the next sector release. Figures are released at most once every {0} days, and only when no boards or at least {1} boards joined or left since every earlier release: otherwise the difference between two releases would be one board's figures.",
        ["Zet u het delen uit, dan wordt een uitgave waarin uw bestuur meetelt meteen ingetrokken, en verschijnt er geen cijfer tot een nieuwe uitgave mag."] =
            "If you stop sharing, a release your board counts in is withdrawn at once, and no figure appears until a new release is allowed.",
        ["Antwoord van een leverancier voor de hele sector vastleggen"] = "Record a vendor answer for the whole sector",
        ["Veel antwoorden tegelijk: een bestand"] = "Many answers at once: a file",
        ["Een CSV met als kopregel de velden hierboven (vendorId;vendorName;subject;topic;answer;explanation;answeredOn;receivedBy;source) of een JSON-lijst zoals de API er één neemt; hoogstens {0} MB en {1} antwoorden. Alles of niets: is één antwoord fout, dan wordt niets opgeslagen. Hetzelfde als regie sector answers import."] =
            "A CSV with the fields above as its header (vendorId;vendorName;subject;topic;answer;explanation;answeredOn;receivedBy;source) or a JSON list as the API takes one; at most {0} MB and {1} answers. All or nothing: if one answer is wrong, nothing is saved. The same as regie sector answers import.",
        ["{0}: {1} opgeslagen."] = "{0}: {1} saved.",
        ["{0} antwoord"] = "{0} answer",
        ["{0} antwoorden"] = "{0} answers",
        ["Wat de sector van leveranciers hoorde, voor de catalogus"] = "What the sector heard from vendors, for the catalog",
        ["Antwoorden van leveranciers op de open vragen van de catalogus (waar een product draait en de gegevens bewaart), ontvangen voor de hele sector of vastgelegd door besturen die met de sector delen en daarvoor kozen. Een antwoord gaat mee als iedereen hetzelfde hoorde en een sectorantwoord of minstens {0} besturen het geven. Geen bestuur wordt genoemd; de toelichting van een bestuur gaat niet mee."] =
            "Vendors' answers to the catalog's open questions (where a product runs and keeps its data), received for the whole sector or recorded by boards that share with the sector and chose to. An answer goes along when everyone heard the same and a sector answer or at least {0} boards give it. No board is named; a board's explanation does not go along.",
        ["{0} over {1}:"] = "{0} about {1}:",
        ["antwoorden voor de catalogus (CSV)"] = "answers for the catalog (CSV)",
        ["De beheerder van de catalogus leest het bestand in met regie catalog answers (hetzelfde bestand als regie sector answers collect maakt)."] =
            "The catalog's curator reads the file in with regie catalog answers (the same file regie sector answers collect makes).",
        ["Verschillende antwoorden: vraag het de leverancier"] = "Different answers: ask the vendor",
        ["Wacht op minstens {0} besturen of een sectorantwoord"] = "Waiting for at least {0} boards or a sector answer",
        ["Ook de antwoorden van onze leveranciers over waar een product uit de catalogus draait en zijn gegevens bewaart, laten meetellen voor de catalogus van Regie"] =
            "Also let our vendors' answers on where a product of the catalog runs and keeps its data count for Regie's catalog",
        ["Alleen als u dit aanzet en met de sector deelt. Dan kan zo'n antwoord (bijvoorbeeld: de leverancier host in Nederland) in de catalogus komen voor alle besturen, maar alleen als minstens {0} besturen of een antwoord aan de hele sector hetzelfde zeggen. Zonder de naam van uw bestuur, zonder uw toelichting en zonder wie het vastlegde; van de datums alleen de maanden en de dag van het nieuwste antwoord. Een antwoord dat al in een uitgegeven catalogus staat, blijft daar staan als u dit uitzet."] =
            "Only when you switch this on and share with the sector. Such an answer (for instance: the vendor hosts in the Netherlands) can then go into the catalog for every board, but only when at least {0} boards or an answer to the whole sector say the same. Without your board's name, without your explanation and without who recorded it; of the dates only the months and the day of the newest answer. An answer already in a released catalog stays there when you switch this off.",
        ["Uploaden en opslaan"] = "Upload and save",
        ["Het antwoord wordt aangeboden op de vragenlijstpagina van elk bestuur dat het product gebruikt, met wie het ontving en de bron; een bestuur neemt het pas over als een redacteur dat doet."] =
            "The answer is offered on the questionnaire page of every board that uses the product, with who received it and the source; a board takes it over only when one of its editors does.",
        ["Leverancier (id)"] = "Vendor (id)",
        ["Leverancier (naam)"] = "Vendor (name)",
        ["Onderwerp (product of leverancier)"] = "Subject (product or vendor)",
        ["Vraag (criterium of feit)"] = "Question (criterion or fact)",
        ["Ontvangen door"] = "Received by",
        ["Hoe uw bestuur onherkenbaar blijft"] = "How your board stays unrecognisable",
        ["Hoe uw bestuur onherkenbaar blijft:"] = "How your board stays unrecognisable:",
        ["lees hieronder"] = "read below",
        ["Een cijfer wordt alleen getoond als het op minstens {0} besturen berust. Een kleinere groep, bijvoorbeeld de grote besturen in één provincie als dat er maar twee zijn, blijft leeg."] =
            "A figure is shown only when it rests on at least {0} boards. A smaller group, for instance the large boards of one province when there are only two, stays empty.",
        ["Ook het verschil tussen twee getoonde cijfers mag niet op minder dan {0} besturen berusten. Anders zou iemand één bestuur kunnen terugrekenen, bijvoorbeeld uit een provincie met en zonder een grootteklasse; dan wordt een van de twee niet getoond."] =
            "The difference between two figures shown may not rest on fewer than {0} boards either. Otherwise someone could work one board out, for instance from a province with and without a size band; then one of the two is not shown.",
        ["Er zijn alleen vaste indelingen: de hele sector, sector, provincie en grootteklasse. Niemand kan een eigen selectie van besturen opvragen."] =
            "There are fixed groupings only: the whole sector, sector, province and size band. Nobody can ask for a selection of boards of their own.",
        ["Leerlingen (aandeel)"] = "Pupils (share)",
        ["Medewerkers (aandeel)"] = "Staff (share)",
        ["Naast de besturen die hun landschap delen (kwartielen: 25% · mediaan · 75%), en naast besturen uit dezelfde sector en grootteklasse ({0}). Een vergelijking die op minder dan {1} besturen zou berusten, wordt niet getoond."] =
            "Beside the boards that share their landscape (quartiles: 25% · median · 75%), and beside boards of the same sector and size band ({0}). A comparison that would rest on fewer than {1} boards is not shown.",
        ["Nooit gedeeld: de namen van uw diensten, notities of personen, en geen naam die u zelf hebt ingetypt: uw eigen leveranciers, hostingpartijen en producten worden nergens genoemd, ook niet als andere besturen dezelfde naam gebruiken. Wat erop rust telt alleen mee in hun land en in uw cijfers zonder naam. Niemand buiten uw bestuur ziet uw rijen."] =
            "Never shared: the names of your services, notes or people, and no name you typed yourself: your own vendors, hosting providers and products are named nowhere, also when other boards use the same name. What rests on them counts only in their country and in your figures without a name. Nobody outside your board sees your rows.",
        ["Ons landschap delen met de sector"] = "Share our landscape with the sector",
        ["Per leverancier en product: hoeveel besturen, scholen en leerlingen ervan afhangen, en welke vragen aan leveranciers de meeste besturen nog open hebben, zodat één organisatie ze één keer kan stellen."] =
            "Per vendor and product: how many boards, schools and pupils depend on it, and which vendor questions most boards still have open, so that one organisation can ask them once.",
        ["Provincie"] = "Province",
        ["SEAL-verdeling van de diensten"] = "SEAL distribution of the services",
        ["Sector"] = "Sector",
        ["Toon"] = "Show",
        ["U kunt het delen altijd weer uitzetten: vanaf dat moment telt uw bestuur in geen enkel cijfer meer mee. Aan- en uitzetten staat in het logboek, met uw naam."] =
            "You can switch sharing off at any time: from then on your board counts in no figure. Switching on and off is in the audit log, with your name.",
        ["Uw bestuur"] = "Your board",
        ["Uw bestuur naast de sector"] = "Your board beside the sector",
        ["Vergelijkbare besturen"] = "Comparable boards",
        ["Vraagmacht"] = "Collective demand",
        ["Waar de sector op rust"] = "What the sector rests on",
        ["Wat wordt gedeeld, en wie ziet het"] = "What is shared, and who sees it",
        ["Wie het ziet: sectoranalisten en systeembeheerders, en elk bestuur op zijn dashboard. Zij zien alleen totalen van minstens {0} besturen; kleinere groepen worden niet getoond."] =
            "Who sees it: sector analysts and system administrators, and every board on its dashboard. They see only totals of at least {0} boards; smaller groups are not shown.",
        ["gewijzigd op {0}"] = "changed on {0}",
        ["niet getoond"] = "not shown",
        ["Diensten onder de minimumeis"] = "Services failing the minimum",
        ["Sectoranalist"] = "Sector analyst",
        ["Nog minder dan {0} besturen delen hun landschap: er is nog geen cijfer te tonen."] = "Fewer than {0} boards share their landscape yet: there is no figure to show.",
        ["Geen leverancier of product dat minstens {0} besturen gebruiken."] = "No vendor or product that at least {0} boards use.",
        ["Antwoorden ontvangen voor de hele sector"] = "Answers received for the whole sector",
        ["Een leverancier beantwoordde deze vragen één keer voor alle besturen. Ze gaan over producten of leveranciers die dit bestuur gebruikt; neem er een over en het telt als uw eigen antwoord, met de herkomst erbij."] =
            "A vendor answered these questions once for all boards. They concern products or vendors this board uses; accept one and it counts as your own answer, with its provenance.",
        ["ontvangen door {0} op {1}, bron: {2}"] = "received by {0} on {1}, source: {2}",
        ["ouder dan twaalf maanden"] = "older than twelve months",
        ["overgenomen"] = "accepted",
        ["Overnemen"] = "Accept",
        ["Dit antwoord betreft dit bestuur niet (meer)."] = "This answer does not (or no longer) concern this board.",
        ["Sectoranalist (ziet alleen geanonimiseerde cijfers van de sector)"] = "Sector analyst (sees only the sector's anonymised figures)",
    };
}
