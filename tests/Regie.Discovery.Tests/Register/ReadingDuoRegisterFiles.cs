using System.Text;
using Regie.Core.Explaining;
using Regie.Core.Landscape;
using Regie.Core.Observatory;
using Regie.Discovery.Register;
using Regie.Tests.Support;

namespace Regie.Discovery.Tests.Register;

/// <summary>DUO's open-data files, in their real column format with fictional schools (tests/fixtures/duo), read into the register all or nothing.</summary>
public sealed class ReadingDuoRegisterFiles
{
    private static string Month(string month) => Path.Combine(TestFiles.Fixtures("duo"), month);

    public static DuoRegisterRead ReadFolder(string folder, DuoReadLimits? limits = null)
    {
        var streams = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), (Stream)File.OpenRead(f))).ToList();
        try
        {
            return DuoRegisterReader.Read([.. streams.Select(s => new DuoFile(s.Item1, s.Item2))], limits);
        }
        finally
        {
            streams.ForEach(s => s.Item2.Dispose());
        }
    }

    private static DuoRegisterRead ReadText(string name, string text, DuoReadLimits? limits = null) =>
        DuoRegisterReader.Read([new DuoFile(name, new MemoryStream(Encoding.UTF8.GetBytes(text)))], limits);

    [Fact]
    public void EveryFileIsRecognisedByItsHeader()
    {
        var read = ReadFolder(Month("2026-11"));

        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => ReasonText.Render(e))));
        Assert.Equal(
            [
                ("02.-alle-schoolvestigingen-basisonderwijs.csv", DuoFileKind.AllLocations, 4), ("02.-alle-vestigingen-vo.csv", DuoFileKind.AllLocations, 2),
                ("03.-leerlingen-vo-per-vestiging-en-bestuur-2025.csv", DuoFileKind.Pupils, 2), ("05-adressen-schoolbesturen.csv", DuoFileKind.Boards, 3),
                ("06.-historisch-overzicht-aantal-leerlingen-per-schoolvestiging.csv", DuoFileKind.Pupils, 6),
                ("09.-alle-vestigingen-sbo-so-en-vso.csv", DuoFileKind.AllLocations, 1),
            ],
            read.Files.Select(f => (f.Name, f.Kind, f.Rows)));
    }

    [Fact]
    public void BoardsAndSchoolsCarryNumberBrinSectorProvinceWebsiteAndPupils()
    {
        var register = ReadFolder(Month("2026-11")).Register!;

        Assert.Equal(["90001", "90002", "90003"], register.Boards.Select(b => b.BoardNumber));
        Assert.Equal(new RegisterBoard("90003", "Stichting Voortgezet Onderwijs Oefenstad", null, "OEFENSTAD", "https://www.google-school.test/"), register.Boards[2]);
        var schools = register.Schools.ToDictionary(s => s.Code);
        Assert.Equal(["91AA00", "91AA01", "92BB00", "92CC00", "93DD00", "94EE00", "94EE01"], schools.Keys);
        Assert.Equal(new RegisterSchool("91AA01", "91AA", "90001", "OBS De Eerste Steen, dependance", Sector.Po, false, "Noord-Holland", "TESTDAM", "www.m365-school.test", 100), schools["91AA01"]);
        // The sbo/so/vso file says (V)SO in SOORT PRIMAIR ONDERWIJS (DUO writes SBAO, (V)SO, VSO); number 00 is the main location; pupils from the newest year column of the po file.
        Assert.Equal((Sector.So, true, 80), (schools["93DD00"].Sector, schools["93DD00"].IsMainLocation, schools["93DD00"].Pupils));
        // Vo: the file has an education structure; pupils from the vo file per location and board.
        Assert.Equal((Sector.Vo, 1200), (schools["94EE00"].Sector, schools["94EE00"].Pupils));
    }

    [Fact]
    public void PupilRowsOfLocationsNotInTheRegisterAreCountedNotRefused() =>
        Assert.Equal(1, ReadFolder(Month("2026-11")).PupilRowsWithoutSchool); // 97ZZ00, closed

    [Fact]
    public void AFileNoDuoHeaderFitsIsRefusedNamingFileAndHeader()
    {
        var read = ReadFolder(Path.Combine(TestFiles.Fixtures("duo"), "broken"));

        Assert.Null(read.Register);
        Assert.Contains(new RegisterCellInvalid("05-adressen-schoolbesturen.csv", 3, "BEVOEGD GEZAG NUMMER", "9OOO2"), read.Errors);
        Assert.Contains(new RegisterFileNotRecognised("geen-duo-bestand.csv", "NAAM;ADRES;WOONPLAATS"), read.Errors);
        Assert.Equal("05-adressen-schoolbesturen.csv: regel 3, kolom BEVOEGD GEZAG NUMMER: '9OOO2' is geen geldige waarde.",
            ReasonText.Render(read.Errors.OfType<RegisterCellInvalid>().Single()));
    }

    [Fact]
    public void ARowWithTooFewCellsOrAnEmptyRequiredCellNamesItsLineAndColumn()
    {
        var read = ReadText("besturen.csv", "BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM;INTERNETADRES\n90001;;a.nl\n90002;Stichting\n");

        Assert.Equal([new RegisterCellMissing("besturen.csv", 2, "BEVOEGD GEZAG NAAM"), new RegisterRowWrongWidth("besturen.csv", 3, 2, 3)], read.Errors);
    }

    [Fact]
    public void ASchoolOfABoardNoBoardFileListsIsRefused()
    {
        var boards = new DuoFile("besturen.csv", new MemoryStream("BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM\n90001;Stichting\n"u8.ToArray()));
        var schools = new DuoFile("vestigingen.csv", new MemoryStream(
            "PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;INTERNETADRES\nUtrecht;90009;91AA;00;School;a.nl\n"u8.ToArray()));

        var read = DuoRegisterReader.Read([boards, schools]);

        Assert.Equal([new RegisterUnknownBoard("vestigingen.csv", 2, "BEVOEGD GEZAG NUMMER", "90009")], read.Errors);
    }

    [Fact]
    public void BoardsAloneAreNoRegister() =>
        Assert.Equal([new RegisterWithoutSchools()], ReadText("besturen.csv", "BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM\n90001;Stichting\n").Errors);

    [Fact]
    public void AFileLongerThanTheLimitIsRefused()
    {
        var text = "BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM\n" + string.Concat(Enumerable.Range(0, 11).Select(i => $"{90000 + i};Stichting {i}\n"));

        Assert.Equal([new RegisterFileTooManyRows("besturen.csv", 10)], ReadText("besturen.csv", text, new DuoReadLimits(MaxRows: 10)).Errors);
        Assert.Equal([new RegisterFileTooLarge("besturen.csv", 0)], ReadText("besturen.csv", text, new DuoReadLimits(MaxMegabytes: 0)).Errors);
    }

    private static string Variant(string name) => Path.Combine(TestFiles.Fixtures("duo"), "varianten", name);

    private static DuoRegisterRead ReadFiles(params string[] paths)
    {
        var streams = paths.Select(p => (Name: Path.GetFileName(p), Stream: (Stream)File.OpenRead(p))).ToList();
        try
        {
            return DuoRegisterReader.Read([.. streams.Select(s => new DuoFile(s.Name, s.Stream))]);
        }
        finally
        {
            streams.ForEach(s => s.Stream.Dispose());
        }
    }

    private static string Boards => Path.Combine(Month("2026-11"), "05-adressen-schoolbesturen.csv");

    [Fact]
    public void AnOldMainLocationFileWithBrinNummerInWindows1252WithPaddedBlanksIsRead()
    {
        var read = ReadFiles(Boards, Variant("01.-hoofdvestigingen-vo-2016.csv"));

        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => ReasonText.Render(e))));
        Assert.Equal(DuoFileKind.MainLocations, read.Files[1].Kind);
        // The name is quoted with doubled quotes and holds a Windows-1252 letter; the blank website is 80 spaces wide.
        Assert.Equal(
            new RegisterSchool("94EE00", "94EE", "90003", "Oefenstad College \"De Brêken\"", Sector.Vo, true, "Friesland", "OEFENSTAD", null, null),
            read.Register!.Schools.Single());
    }

    [Fact]
    public void AnOldAllLocationsFileWithBrinNummerAndVestigingsnummerIsRead()
    {
        var read = ReadFiles(Boards, Variant("02.-alle-vestigingen-vo-2017.csv"));

        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => ReasonText.Render(e))));
        Assert.Equal(
            [("94EE00", true, "www.google-school.test"), ("94EE01", false, null)],
            read.Register!.Schools.Select(s => (s.Code, s.IsMainLocation, s.Website)));
    }

    [Fact]
    public void TheSboSoVsoFileSaysTheSectorPerRowAsDuoWritesItAndABlankIsOneSpace()
    {
        var read = ReadFiles(Boards, Variant("09.-alle-vestigingen-sbo-so-en-vso-2025.csv"));

        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => ReasonText.Render(e))));
        // DUO writes SBAO (speciaal basisonderwijs, under the WPO: po), (V)SO and VSO; the so school's website is " ".
        Assert.Equal(
            [("93DD00", Sector.So, (string?)null), ("93DD01", Sector.So, "www.mixed-school.test"), ("96GG00", Sector.Po, "www.mixed-school.test")],
            read.Register!.Schools.Select(s => (s.Code, s.Sector, s.Website)));
    }

    [Fact]
    public void TheOpenDataPortalsFilesInUtf8WithCommasQuotesAndTheLongPupilFileAreRead()
    {
        var read = ReadFiles(Boards, Variant("vestigingenbo.csv"), Variant("brin6_totaal.csv"));

        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => ReasonText.Render(e))));
        var schools = read.Register!.Schools.ToDictionary(s => s.Code);
        Assert.Equal(["91AA00", "91AA01"], schools.Keys); // two-digit VESTIGINGSCODE after the BRIN
        Assert.Equal("Basisschool De Kiëvit, Dorpsstraat 40", schools["91AA01"].Name);
        // Only the newest PEILJAAR counts (2025: 290 BO + 12 SBO); DUO's -1 is a withheld count, not a number of pupils.
        Assert.Equal((302, (int?)null), (schools["91AA00"].Pupils, schools["91AA01"].Pupils));
    }

    [Fact]
    public void ABadCountDateOrKindNamesItsLineAndColumnAndAnMboOrSboFileGetsItsSector()
    {
        var boards = "BEVOEGD GEZAG NUMMER;BEVOEGD GEZAG NAAM\n90001;Stichting\n";
        var pupils = "INSTELLINGSCODE,VESTIGINGSCODE,TYPE_PO,PEILJAAR,AANTAL_LEERLINGEN\n91AA,00,BO,2O25,310\n91AA,00,BO,2025,<5\n";
        var so = "SOORT PRIMAIR ONDERWIJS;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;VESTIGINGSCODE;VESTIGINGSNAAM;INTERNETADRES\n"
            + "SBAO;90001;91AA;91AA00;SBO De Wissel;a.nl\n(V)SO;90001;92BB;92BB00;SO Het Anker;b.nl\nKDV;90001;93CC;93CC00;Kinderdagverblijf;c.nl\n";
        var mbo = "MBO INSTELLINGSSOORT CODE;MBO INSTELLINGSSOORT NAAM;PROVINCIE;BEVOEGD GEZAG NUMMER;INSTELLINGSCODE;INSTELLINGSNAAM;INTERNETADRES\n"
            + "ROC;Regionaal opleidingencentrum;Utrecht;90001;25AA;ROC Testdam;roc.test\n";
        DuoFile File(string name, string text) => new(name, new MemoryStream(Encoding.UTF8.GetBytes(text)));

        var refused = DuoRegisterReader.Read([File("besturen.csv", boards), File("so.csv", so), File("brin6_totaal.csv", pupils)]);
        var read = DuoRegisterReader.Read([File("besturen.csv", boards), File("so.csv", so.Replace("KDV", "VSO", StringComparison.Ordinal)), File("mbo.csv", mbo)]);

        Assert.Equal([new RegisterCellInvalid("so.csv", 4, "SOORT PRIMAIR ONDERWIJS", "KDV"), new RegisterCellInvalid("brin6_totaal.csv", 2, "PEILJAAR", "2O25")], refused.Errors);
        Assert.Equal(
            [("25AA00", Sector.Mbo), ("91AA00", Sector.Po), ("92BB00", Sector.So), ("93CC00", Sector.So)],
            read.Register!.Schools.Select(s => (s.Code, s.Sector)));
    }

    [Fact]
    public void TheNextMonthComparedWithThisOneShowsRenamedClosedNewAndNewWebsites()
    {
        var november = ReadFolder(Month("2026-11")).Register!;
        var december = ReadFolder(Month("2026-12")).Register!;

        var changes = RegisterChanges.Compare(november, december);

        Assert.Equal(
            [
                new BoardOpened("90004", "Stichting Montessori Nieuwland"),
                new SchoolRenamed("92BB00", "CBS De Regenboog", "CBS De Zonnewijzer"),
                new SchoolWebsiteChanged("92CC00", "CBS Het Kompas", "proton-school.test", "www.m365-school.test"),
                new SchoolOpened("95FF00", "Montessorischool Nieuwland"),
                new SchoolClosed("91AA01", "OBS De Eerste Steen, dependance"),
            ],
            changes.Changes);
    }
}
