using System.Globalization;
using Regie.Core.Catalog;
using Regie.Core.Graph;
using Regie.Core.Landscape;
using Regie.Core.Planning;

namespace Regie.Core.Explaining;

public static partial class ReasonText
{
    private static string? Planning(PlanningReason reason, bool english, CultureInfo culture)
    {
        string Date(DateOnly d) => d.ToString("d MMM yyyy", culture);
        string Number(double n, string format) => n.ToString(format, culture);
        string Edge(DependencyKind kind) => ReasonText.Edge(kind, culture);
        string Inner(PlanningReason inner) => Planning(inner, english, culture) ?? "";

        return (reason, english) switch
        {
            (PinnedByBoard r, false) => $"Vastgezet door het bestuur op {r.Quarter}.",
            (PinnedByBoard r, true) => $"Pinned to {r.Quarter} by the board.",
            (Caution r, false) => "Let op: " + Inner(r.Problem),
            (Caution r, true) => "Note: " + Inner(r.Problem),
            (AlreadyInProgress, false) => "Loopt al: gaat voor op wat nog gepland is.",
            (AlreadyInProgress, true) => "Already under way: goes before what is still planned.",
            (AfterPrerequisite { Edge: DependencyKind.SignsInThrough } r, false) => $"Na {r.Prerequisite} (logt in via), dat in {r.Quarter} verhuist: identiteit eerst.",
            (AfterPrerequisite r, false) => $"Na {r.Prerequisite} (gehost op), dat in {r.Quarter} verhuist: eerst waar de dienst op draait.",
            (AfterPrerequisite { Edge: DependencyKind.SignsInThrough } r, true) => $"After {r.Prerequisite} (signs in through), which moves in {r.Quarter}: identity first.",
            (AfterPrerequisite r, true) => $"After {r.Prerequisite} (hosted on), which moves in {r.Quarter}: first what the service runs on.",
            (BeforeDependants r, false) => $"Gaat vóór {Shown(r.Dependants, 5, " en {0} meer")}: " + (r.SignInAmongThem ? "die loggen erdoor in of draaien erop." : "die draaien erop."),
            (BeforeDependants r, true) => $"Goes before {Shown(r.Dependants, 5, " and {0} more")}: " + (r.SignInAmongThem ? "they sign in through it or run on it." : "they run on it."),
            (ContractEndedBeforeStart r, false) => $"Het contract liep al af op {Date(r.ContractEnd)}, vóór de start van de routekaart: zo vroeg mogelijk" +
                (r.After.Count > 0 ? $", na {string.Join(", ", r.After)}." : r.CapacityFull is { } c ? $"; de capaciteit van {c} per kwartaal was tot dan vol." : "."),
            (ContractEndedBeforeStart r, true) => $"The contract already ended on {Date(r.ContractEnd)}, before the roadmap starts: as early as possible" +
                (r.After.Count > 0 ? $", after {string.Join(", ", r.After)}." : r.CapacityFull is { } c ? $"; the capacity of {c} per quarter was full until then." : "."),
            (AtContractEnd r, false) => $"Op het natuurlijke moment: het contract loopt af op {Date(r.ContractEnd)}.",
            (AtContractEnd r, true) => $"At the natural moment: the contract ends on {Date(r.ContractEnd)}.",
            (EarlierForDependant r, false) => $"Eerder dan het contracteinde ({Date(r.ContractEnd)}): {r.Dependant} wacht erop.",
            (EarlierForDependant r, true) => $"Earlier than the contract end ({Date(r.ContractEnd)}): {r.Dependant} is waiting for it.",
            (BeforeContractEnd r, false) => $"Vóór het contracteinde ({Date(r.ContractEnd)}): er was plaats in dit kwartaal.",
            (BeforeContractEnd r, true) => $"Before the contract end ({Date(r.ContractEnd)}): there was room in this quarter.",
            (LaterThanContractEndWaiting r, false) => $"Later dan het contracteinde ({Date(r.ContractEnd)}, {r.ContractQuarter}): wacht op {r.Prerequisite}. Verleng het contract zo kort mogelijk.",
            (LaterThanContractEndWaiting r, true) => $"Later than the contract end ({Date(r.ContractEnd)}, {r.ContractQuarter}): waits for {r.Prerequisite}. Extend the contract as briefly as possible.",
            (LaterThanContractEndCapacity r, false) => $"Later dan het contracteinde ({Date(r.ContractEnd)}, {r.ContractQuarter}): de capaciteit van {Plural.Count(r.Capacity, "verhuizing", "verhuizingen")} per kwartaal was vol. Verleng het contract zo kort mogelijk of verhoog de capaciteit.",
            (LaterThanContractEndCapacity r, true) => $"Later than the contract end ({Date(r.ContractEnd)}, {r.ContractQuarter}): the capacity of {Plural.Count(r.Capacity, "move", "moves")} per quarter was full. Extend the contract as briefly as possible or raise the capacity.",
            (DueForDependant r, false) => $"Uiterlijk in {r.Due}: {r.Dependant} wacht erop.",
            (DueForDependant r, true) => $"By {r.Due} at the latest: {r.Dependant} is waiting for it.",
            (NoContractEnd r, false) => $"Geen contracteinde bekend: ingepland op urgentie ({Band(r.Band, culture)}, U = {Number(r.Urgency, "0.0")}).",
            (NoContractEnd r, true) => $"No contract end known: placed by urgency ({Band(r.Band, culture)}, U = {Number(r.Urgency, "0.0")}).",
            (WaitedForCapacity r, false) => $"Kon vanaf {r.ReadyFrom}; de capaciteit van {r.Capacity} per kwartaal was tot dan vol met wat eerder moest of urgenter was.",
            (WaitedForCapacity r, true) => $"Could move from {r.ReadyFrom}; until then the capacity of {r.Capacity} per quarter was taken by what was due sooner or more urgent.",
            (SlotInQuarter r, false) => $"Plaats {r.Slot} van {r.Capacity} in {r.Quarter}.",
            (SlotInQuarter r, true) => $"Slot {r.Slot} of {r.Capacity} in {r.Quarter}.",

            (SecondMove r, false) => $"{r.Service} heeft al een verhuizing naar {r.FirstTarget.In("nl")}; deze tweede ({r.SecondTarget.In("nl")}) is niet ingepland. Schrap er één.",
            (SecondMove r, true) => $"{r.Service} already has a move to {r.FirstTarget.In("en")}; this second one ({r.SecondTarget.In("en")}) is not planned. Drop one of them.",
            (DependencyCycle r, false) => $"Kringloop in de afhankelijkheden tussen {string.Join(", ", r.Services)}: geen volgorde volgt daaruit, ze zijn op urgentie ingepland. Controleer de koppelingen.",
            (DependencyCycle r, true) => $"A cycle in the dependencies between {string.Join(", ", r.Services)}: no order follows from it, so they are placed by urgency. Check the links.",
            (PinBeforeStart r, false) => $"{r.Service} is vastgezet op {r.Pinned}, vóór de start van de routekaart ({r.Start}): de vastzetting telt niet.",
            (PinBeforeStart r, true) => $"{r.Service} is pinned to {r.Pinned}, before the roadmap starts ({r.Start}): the pin does not count.",
            (PinsOverCapacity r, false) => $"In {r.Quarter} zijn {r.Pinned} verhuizingen vastgezet, meer dan de capaciteit van {r.Capacity} per kwartaal.",
            (PinsOverCapacity r, true) => $"{r.Pinned} moves are pinned to {r.Quarter}, more than the capacity of {r.Capacity} per quarter.",
            (PinBreaksDependency r, false) => $"{r.Service} is vastgezet op {r.Pinned}, maar {r.Prerequisite} ({Edge(r.Edge)}) verhuist pas in {r.PrerequisiteQuarter?.ToString() ?? "een later kwartaal"}: de vastzetting breekt een afhankelijkheid. Zet {r.Prerequisite} eerder of {r.Service} later.",
            (PinBreaksDependency r, true) => $"{r.Service} is pinned to {r.Pinned}, but {r.Prerequisite} ({Edge(r.Edge)}) only moves in {r.PrerequisiteQuarter?.ToString() ?? "a later quarter"}: the pin breaks a dependency. Move {r.Prerequisite} earlier or {r.Service} later.",

            (ServiceGone, false) => "De dienst bestaat niet (meer) bij dit bestuur.",
            (ServiceGone, true) => "The board no longer has this service.",
            (MoveDropped, false) => "Geschrapt: telt niet mee in de planning.",
            (MoveDropped, true) => "Dropped: not part of the plan.",
            (MoveDone, false) => "Afgerond: telt als uitgevoerd in de uitgangssituatie.",
            (MoveDone, true) => "Done: counts as carried out in the starting position.",
            (MoveDoneEffectUnknown r, false) => "Afgerond; " + Inner(r.Unknown),
            (MoveDoneEffectUnknown r, true) => "Done; " + Inner(r.Unknown),
            (SecondMoveForService, false) => "Tweede verhuizing voor dezelfde dienst.",
            (SecondMoveForService, true) => "A second move for the same service.",

            (AlternativeNotAProduct r, false) => $"{r.Alternative.In("nl")} staat niet als product in de catalogus: het effect op score en SEAL is onbekend.",
            (AlternativeNotAProduct r, true) => $"{r.Alternative.In("en")} is not a product in the catalog: the effect on score and SEAL is unknown.",
            (NotInCatalog r, false) => $"'{r.Id}' is geen alternatief of product in de catalogus: het effect op score en SEAL is onbekend.",
            (NotInCatalog r, true) => $"'{r.Id}' is not an alternative or product in the catalog: the effect on score and SEAL is unknown.",
            (NoCatalogProduct, false) => "Deze dienst is niet aan een catalogusproduct gekoppeld: koppel hem eerst, dan zoekt Regie alternatieven voor dezelfde functie.",
            (NoCatalogProduct, true) => "This service is not linked to a catalog product: link it first, then Regie looks for alternatives with the same function.",
            (NoAlternatives, false) => "De catalogus kent geen alternatief voor dit product en geen product in dezelfde categorie dat beter scoort.",
            (NoAlternatives, true) => "The catalog knows no alternative for this product and no product in the same category that scores better.",

            (NamedByCatalog r, false) => $"Door de catalogus genoemd als alternatief voor {r.Product.In("nl")}.",
            (NamedByCatalog r, true) => $"Named by the catalog as an alternative to {r.Product.In("en")}.",
            (InSameCategory r, false) => $"Zelfde categorie: {r.Category.Nl}.",
            (InSameCategory r, true) => $"Same category: {r.Category.En}.",
            (ServesSameProcess r, false) => $"Ondersteunt hetzelfde proces: {r.Process.Nl}.",
            (ServesSameProcess r, true) => $"Supports the same process: {r.Process.En}.",
            (AdmitsPupils r, false) => $"Laat volgens de catalogus leerlingen uit {Sectors(r.Sectors, false)} toe.",
            (AdmitsPupils r, true) => $"According to the catalog it admits pupils from {Sectors(r.Sectors, true)}.",
            (OtherFunction r, false) => $"Niet voorgesteld: een andere functie ({r.Category?.Nl ?? "categorie onbekend"}), zonder gedeelde categorie of proces met deze dienst ({r.ServiceCategory.Nl}).",
            (OtherFunction r, true) => $"Not proposed: another function ({r.Category?.En ?? "category unknown"}), sharing no category or process with this service ({r.ServiceCategory.En}).",
            (PupilsNotAdmitted { Admitted: null } r, false) =>
                $"Niet voorgesteld: deze dienst kan leerlingen uit {Sectors(r.Sectors, false)} laten inloggen, en de catalogus zegt niet dat {r.Target.In("nl")} hen toelaat (onbekend telt als nee).",
            (PupilsNotAdmitted { Admitted: null } r, true) =>
                $"Not proposed: this service may sign in pupils from {Sectors(r.Sectors, true)}, and the catalog does not say that {r.Target.In("en")} admits them (unknown counts as no).",
            (PupilsNotAdmitted r, false) => $"Niet voorgesteld: {r.Target.In("nl")} laat volgens de catalogus alleen leerlingen uit {Sectors(r.Admitted!, false)} toe, niet uit {Sectors(r.Sectors, false)}.",
            (PupilsNotAdmitted r, true) => $"Not proposed: according to the catalog {r.Target.In("en")} admits only pupils from {Sectors(r.Admitted!, true)}, not from {Sectors(r.Sectors, true)}.",

            (ConcentrationRises { Parties: ConcentrationParties.UltimateParents } r, false) =>
                $"Na dit plan hangt {Number(r.TopShare, "P0")} van de diensten (gewogen naar proceskritikaliteit) af van één moederbedrijf ({r.Top?.Nl ?? "onbekend"}); " +
                $"de concentratie-index (HHI) van moederbedrijven stijgt van {Number(r.HhiBefore, "N0")} naar {Number(r.HhiAfter, "N0")}.",
            (ConcentrationRises r, false) =>
                $"Na dit plan draait {Number(r.TopShare, "P0")} van de diensten (gewogen naar proceskritikaliteit) bij één hostingpartij ({r.Top?.Nl ?? "onbekend"}); " +
                $"de concentratie-index (HHI) van hostingpartijen stijgt van {Number(r.HhiBefore, "N0")} naar {Number(r.HhiAfter, "N0")}.",
            (ConcentrationRises { Parties: ConcentrationParties.UltimateParents } r, true) =>
                $"After this plan {Number(r.TopShare, "P0")} of the services (weighted by process criticality) depend on one ultimate parent ({r.Top?.En ?? "unknown"}); " +
                $"the concentration index (HHI) of ultimate parents rises from {Number(r.HhiBefore, "N0")} to {Number(r.HhiAfter, "N0")}.",
            (ConcentrationRises r, true) =>
                $"After this plan {Number(r.TopShare, "P0")} of the services (weighted by process criticality) run at one hosting provider ({r.Top?.En ?? "unknown"}); " +
                $"the concentration index (HHI) of hosting providers rises from {Number(r.HhiBefore, "N0")} to {Number(r.HhiAfter, "N0")}.",

            (SetUpAndMove r, false) => $"Inrichten en overzetten ({r.Category?.Nl ?? "categorie onbekend"}).",
            (SetUpAndMove r, true) => $"Setting up and moving over ({r.Category?.En ?? "category unknown"}).",
            (InstructUsers r, false) => $"Instructie en communicatie voor {r.Users.ToString("N0", culture)} gebruikers (een halve dag per {r.UsersPerHalfDay.ToString(culture)}, hoogstens {Number(r.MaxDays, "0.#")}).",
            (InstructUsers r, true) => $"Instruction and communication for {r.Users.ToString("N0", culture)} users (half a day per {r.UsersPerHalfDay.ToString(culture)}, at most {Number(r.MaxDays, "0.#")}).",
            (ReconnectDependants r, false) => $"{Plural.Count(r.Services, "dienst logt", "diensten loggen")} in via of {Plural.Of(r.Services, "draait", "draaien")} op deze dienst: {Plural.Of(r.Services, "opnieuw", "elk opnieuw")} koppelen en testen.",
            (ReconnectDependants r, true) => $"{Plural.Count(r.Services, "service signs", "services sign")} in through or {Plural.Of(r.Services, "runs", "run")} on this service: {Plural.Of(r.Services, "to be", "each to be")} reconnected and tested.",
            (CheckIntegrations r, false) => $"{Plural.Count(r.Integrations, "koppeling", "koppelingen")} met andere diensten nalopen.",
            (CheckIntegrations r, true) => $"Checking {Plural.Count(r.Integrations, "integration", "integrations")} with other services.",
            (MoveData r, false) => $"Gegevens van {Plural.Count(r.Kinds, "soort", "soorten")} overzetten en controleren.",
            (MoveData r, true) => $"Moving and checking {Plural.Count(r.Kinds, "kind", "kinds")} of data.",
            (NoOpenExport r, false) => "Geen export in een open formaat bekend: het overzetten van de gegevens kost " +
                (r.ExtraShare == 0.5 ? "de helft meer." : $"{r.ExtraShare.ToString("P0", culture)} meer."),
            (NoOpenExport r, true) => "No export in an open format known: moving the data takes " +
                (r.ExtraShare == 0.5 ? "half as much again." : $"{r.ExtraShare.ToString("P0", culture)} more."),
            (SharedStandards r, false) => $"Beide ondersteunen {string.Join(", ", r.Standards)}: koppelingen en gegevens gaan over via dezelfde open standaard.",
            (SharedStandards r, true) => $"Both support {string.Join(", ", r.Standards)}: links and data move over through the same open standard.",
            (NoSharedStandard, false) => "Geen gedeelde open standaard: koppelingen en gegevens moeten worden omgezet.",
            (NoSharedStandard, true) => "No shared open standard: links and data must be converted.",
            _ => null,
        };
    }


    /// <summary>"het primair onderwijs en het mbo" / "primary and vocational education": school sectors (PupilSector ids) in words.</summary>
    private static string Sectors(IReadOnlyList<string> sectors, bool english)
    {
        var names = sectors.Select(s => (s, english) switch
        {
            (PupilSector.Po, false) => "het primair onderwijs",
            (PupilSector.So, false) => "het speciaal onderwijs",
            (PupilSector.Vo, false) => "het voortgezet onderwijs",
            (PupilSector.Mbo, false) => "het mbo",
            (PupilSector.Ho, false) => "het hoger onderwijs",
            (PupilSector.Po, true) => "primary education",
            (PupilSector.So, true) => "special education",
            (PupilSector.Vo, true) => "secondary education",
            (PupilSector.Mbo, true) => "vocational education",
            (PupilSector.Ho, true) => "higher education",
            _ => s,
        }).ToList();
        return names.Count <= 1 ? string.Concat(names) : string.Join(", ", names.Take(names.Count - 1)) + (english ? " and " : " en ") + names[^1];
    }

    /// <summary>The first <paramref name="count"/> names, then how many more in <paramref name="more"/> ({0}: the number left out).</summary>
    private static string Shown(IReadOnlyList<string> names, int count, string more) =>
        string.Join(", ", names.Take(count)) + (names.Count > count ? string.Format(CultureInfo.InvariantCulture, more, names.Count - count) : "");
}
