using Regie.Core.Catalog;
using Regie.Core.Common;
using Regie.Core.Discovery;
using Regie.Core.Landscape;
using Regie.Core.Planning;

namespace Regie.Data;

/// <summary>A row that belongs to one board. The DbContext fills and filters OrganisationId in one place.</summary>
public interface ITenantOwned
{
    Guid OrganisationId { get; set; }
}

/// <summary>A row of knowledge shared by every board (like the catalog): no board can see it filtered away, and only the system may write it.</summary>
public interface ISharedKnowledge;

public class OrganisationEntity
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public List<Sector> Sectors { get; set; } = [];
    public int Pupils { get; set; }
    public int Staff { get; set; }
    public bool IsDemo { get; set; }
    public string? WeightProfile { get; set; }
    public List<string> Domains { get; set; } = [];
    /// <summary>The roadmap's capacity: at most this many moves start per quarter.</summary>
    public int MovesPerQuarter { get; set; } = 2;
    /// <summary>The first quarter of the roadmap; null means the current quarter.</summary>
    public DateOnly? RoadmapStart { get; set; }
    /// <summary>The board chose to share its full landscape with the sector (off by default, revocable).</summary>
    public bool SharesWithSector { get; set; }
    /// <summary>When the board last switched sharing on or off.</summary>
    public DateTimeOffset? SharingChangedAt { get; set; }
    /// <summary>
    /// The board also lets its vendors' answers on where a catalog product runs and keeps its data go to the catalog (a choice of
    /// its own, off by default, and counted only while it shares with the sector): docs/QUESTIONNAIRE.md, "Antwoorden uit de sector voor de catalogus".
    /// </summary>
    public bool SharesVendorAnswers { get; set; }
    /// <summary>The DUO board number ("bevoegd gezag nummer") of this board in the national register, when known.</summary>
    public string? RegisterBoardNumber { get; set; }
    public string? Province { get; set; }
}

public class SchoolEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Name { get; set; } = "";
    public string? Brin { get; set; }
    public Sector Sector { get; set; }
    public int Pupils { get; set; }
}

public class ProcessEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>The process slug, e.g. "lesgeven"; unique per board.</summary>
    public string Key { get; set; } = "";
    public string NameNl { get; set; } = "";
    public string NameEn { get; set; } = "";
    public ProcessKind Kind { get; set; }
    public int Criticality { get; set; }
    public bool Essential { get; set; }
    public int? MinSeal { get; set; }
    public int? MinScore { get; set; }
}

public class ServiceEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Name { get; set; } = "";
    public string? CatalogProductId { get; set; }
    /// <summary>Process keys (ProcessEntity.Key) this service supports.</summary>
    public List<string> ProcessKeys { get; set; } = [];
    public int? Pupils { get; set; }
    public int? Staff { get; set; }
    public List<string> DataCategories { get; set; } = [];
    public string? VendorId { get; set; }
    public string? HostingProviderId { get; set; }
    public string? HostingRegion { get; set; }
    public DataLocation DataLocation { get; set; } = DataLocation.Unknown;
    public Tri OpenSource { get; set; } = Tri.Unknown;
    public DateOnly? ContractEnd { get; set; }
    public Tri ExitClause { get; set; } = Tri.Unknown;
    public List<string> ExportFormats { get; set; } = [];
    public AssessmentStatus Dpia { get; set; } = AssessmentStatus.Unknown;
    public AssessmentStatus Kia { get; set; } = AssessmentStatus.Unknown;
    public decimal? AnnualCost { get; set; }
    public Check TestedExport { get; set; }
    public Check TestedExitPlan { get; set; }
    public Check AlternativeIdentified { get; set; }
    public Check IndependentBackup { get; set; }
    public Check ExitClauseInContract { get; set; }
    public Check InHouseKnowHow { get; set; }
    public string? Notes { get; set; }
    public List<AnswerOverrideEntity> Overrides { get; set; } = [];
}

public class AnswerOverrideEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ServiceId { get; set; }
    public string CriterionId { get; set; } = "";
    /// <summary>The chosen option index; null records "unknown" on purpose.</summary>
    public int? Option { get; set; }
    public string Reason { get; set; } = "";
}

public class DependencyEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid FromServiceId { get; set; }
    public DependencyKind Kind { get; set; }
    public Guid ToServiceId { get; set; }
}

/// <summary>A vendor or parent company the catalog lacks, added by the board for itself.</summary>
public class LocalCompanyEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Country { get; set; }
    /// <summary>A company key (local or catalog), "none" for an ultimate parent, null when unknown.</summary>
    public string? ParentKey { get; set; }
    public CompanyKind Kind { get; set; } = CompanyKind.Commercial;
    public string? Source { get; set; }
}

public class LocalProviderEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? CompanyKey { get; set; }
    public ProviderKind Kind { get; set; } = ProviderKind.Cloud;
}

/// <summary>A product the catalog lacks, added by the board for itself; its key is never a catalog product id.</summary>
public class LocalProductEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>A catalog category id.</summary>
    public string Category { get; set; } = "";
    /// <summary>A company key (catalog or the board's own); null when unknown.</summary>
    public string? VendorKey { get; set; }
    /// <summary>A hosting provider key (catalog or the board's own); null when unknown.</summary>
    public string? HostingProviderKey { get; set; }
    public DataLocation DataLocation { get; set; } = DataLocation.Unknown;
    public Tri OpenSource { get; set; } = Tri.Unknown;
    public List<string> Aliases { get; set; } = [];
    public string? Source { get; set; }
    public string? Reason { get; set; }
}

/// <summary>The board's own correction of one fact of a catalog product; the shipped catalog is never changed.</summary>
public class FactCorrectionEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>A catalog product id.</summary>
    public string ProductId { get; set; } = "";
    public CorrectableFact Field { get; set; }
    /// <summary>The corrected value; null records "unknown" on purpose.</summary>
    public string? Value { get; set; }
    public string Reason { get; set; } = "";
    public string? Source { get; set; }
}

/// <summary>
/// One imported IP-range file of a provider: shared knowledge like the catalog, owned by no board. A new import of the
/// same provider replaces the old set. <see cref="Prefixes"/> holds one "cidr&#9;service&#9;region" line per prefix.
/// </summary>
public class IpRangeSetEntity : ISharedKnowledge
{
    public Guid Id { get; set; }
    public string Provider { get; set; } = "";
    public string Format { get; set; } = "";
    public string SourceFile { get; set; } = "";
    public string? SyncToken { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public int PrefixCount { get; set; }
    public string Prefixes { get; set; } = "";
}

/// <summary>One run of DNS discovery over the board's domains.</summary>
public class DiscoveryRunEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public List<string> Domains { get; set; } = [];
    public string? Nameserver { get; set; }
    /// <summary>Per domain how the look-ups went (DomainOutcome names) and its notes as {code, args} (StoredNotes), as JSON.</summary>
    public string OutcomesJson { get; set; } = "{}";
    public List<DiscoveryFindingEntity> Findings { get; set; } = [];
}

/// <summary>A finding of one run, waiting for (or after) the board's review; an accepted one points at the service it became.</summary>
public class DiscoveryFindingEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid RunId { get; set; }
    /// <summary>Finding.Key: equal in two runs for the same dependency.</summary>
    public string Key { get; set; } = "";
    public string Domain { get; set; } = "";
    public FindingArea Area { get; set; }
    public string ProviderId { get; set; } = "";
    public string ProviderName { get; set; } = "";
    public string? ProductId { get; set; }
    public string ServiceName { get; set; } = "";
    public string? Jurisdiction { get; set; }
    public double Confidence { get; set; }
    public string Rule { get; set; } = "";
    /// <summary>The Evidence records as JSON.</summary>
    public string EvidenceJson { get; set; } = "[]";
    public FindingReview Review { get; set; } = FindingReview.Proposed;
    public Guid? ServiceId { get; set; }
}

/// <summary>Why Regie believes a service exists: a DNS record, an export row, a SaaSBOM entry. Kept when a finding or import becomes a service.</summary>
public class ServiceEvidenceEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ServiceId { get; set; }
    /// <summary>Where it came from: "dns", "entra", "google-workspace", "cyclonedx", "daaf", "inventory".</summary>
    public string Origin { get; set; } = "";
    public string RecordType { get; set; } = "";
    public string Name { get; set; } = "";
    public string Value { get; set; } = "";
    public double? Confidence { get; set; }
    public DateTimeOffset FoundAt { get; set; }
}

/// <summary>An assessment made by another tool (e.g. DAAF's 1–10 autonomy score), kept beside Regie's own with its indicator scores.</summary>
public class ExternalAssessmentEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid? ServiceId { get; set; }
    public string Tool { get; set; } = "";
    public string? ToolVersion { get; set; }
    /// <summary>What the tool assessed, in its own words (e.g. the application name).</summary>
    public string Subject { get; set; } = "";
    public decimal? Score { get; set; }
    /// <summary>The tool's indicator scores and answers, as JSON in the tool's own terms.</summary>
    public string IndicatorsJson { get; set; } = "{}";
    public string? SourceFile { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
}

/// <summary>
/// The board's exit plan for one service: what to take along and how, what the contract says, how to keep working during an
/// interruption, where to go and who owns it. A plan tested on <see cref="LastTested"/> counts as mitigation.
/// </summary>
public class ExitPlanEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ServiceId { get; set; }
    /// <summary>Which data to export, one item per line (e.g. "leerlingdossiers").</summary>
    public List<string> DataToExport { get; set; } = [];
    public List<string> ExportFormats { get; set; } = [];
    /// <summary>What the contract says about leaving (clause, article), in the board's words.</summary>
    public string? ExitClause { get; set; }
    public int? NoticePeriodDays { get; set; }
    /// <summary>How teaching and work go on while the service is down.</summary>
    public string? Fallback { get; set; }
    /// <summary>A catalog alternative id or product id the board would move to.</summary>
    public string? AlternativeId { get; set; }
    public List<string> Steps { get; set; } = [];
    public string? Owner { get; set; }
    public DateOnly? LastTested { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>A move the board chose on its roadmap: one service to one alternative, with its status and, once sequenced, its period.</summary>
public class PlannedMoveEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ServiceId { get; set; }
    /// <summary>A catalog alternative id, a catalog product id or a board's own product key.</summary>
    public string AlternativeId { get; set; } = "";
    public MoveState Status { get; set; } = MoveState.Planned;
    /// <summary>A period the board fixed by hand ("2027-Q2"); null lets the sequencer choose.</summary>
    public string? PinnedPeriod { get; set; }
    /// <summary>Effort in person-days, when the board estimated it.</summary>
    public int? EffortDays { get; set; }
    public decimal? OneOffCost { get; set; }
    public string? Notes { get; set; }
}

/// <summary>A set of procurement requirements the board generated for one category, frozen so vendors' answers keep their meaning.</summary>
public class TenderEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public string Name { get; set; } = "";
    /// <summary>A catalog category id.</summary>
    public string Category { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    /// <summary>The generated requirements (id, text, kind, threshold) as JSON.</summary>
    public string RequirementsJson { get; set; } = "[]";
    public List<VendorResponseEntity> Responses { get; set; } = [];
}

/// <summary>One vendor's answers to a tender's requirements; unanswered counts as failing.</summary>
public class VendorResponseEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid TenderId { get; set; }
    public string VendorName { get; set; } = "";
    /// <summary>The catalog product offered, when there is one.</summary>
    public string? ProductId { get; set; }
    /// <summary>Requirement id → the vendor's answer, as JSON.</summary>
    public string AnswersJson { get; set; } = "{}";
    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>
/// A vendor's answer to one question of the board's questionnaire (docs/QUESTIONNAIRE.md): the vendor, the question
/// (<see cref="Subject"/>/<see cref="Topic"/>, the same on every board for the same product), the answer in canonical form,
/// the date the vendor gave it and who recorded it when. It counts for twelve months from <see cref="AnsweredOn"/>; kept per
/// board, and shaped so that answers can later be pooled across boards.
/// </summary>
public class VendorAnswerEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    /// <summary>A company id (catalog or the board's own).</summary>
    public string VendorId { get; set; } = "";
    public string VendorName { get; set; } = "";
    /// <summary>A product id, "service-&lt;id&gt;" for a service without a product, or the vendor's id for its ownership.</summary>
    public string Subject { get; set; } = "";
    /// <summary>A criterion id of the model or a fact (ultimateParent, hostingProvider, …).</summary>
    public string Topic { get; set; } = "";
    public string Answer { get; set; } = "";
    public string? Explanation { get; set; }
    public DateOnly AnsweredOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}

/// <summary>Who changed what, when: written by the DbContext for every insert, update and delete.</summary>
public class AuditEntry
{
    public long Id { get; set; }
    public Guid? OrganisationId { get; set; }
    public string Actor { get; set; } = "";
    public DateTimeOffset At { get; set; }
    public string Entity { get; set; } = "";
    public string EntityId { get; set; } = "";
    public string Action { get; set; } = "";
    public string? OldValues { get; set; }
    public string? NewValues { get; set; }
}

/// <summary>
/// A snapshot of the board's landscape and results on one day (docs/HISTORY.md): one daily per day on which something
/// changed, and any number recorded on demand ("vastgelegd", with a label). <see cref="Content"/> is the core's
/// <see cref="Regie.Core.History.BoardSnapshot"/> as gzipped JSON; <see cref="FiguresJson"/> its headline figures, so the
/// trend charts read no landscape.
/// </summary>
public class BoardSnapshotEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public DateOnly Date { get; set; }
    public DateTimeOffset TakenAt { get; set; }
    public Regie.Core.History.SnapshotKind Kind { get; set; }
    /// <summary>"RvT 12 maart" for a recorded snapshot; empty for the daily one (one per kind, label and day).</summary>
    public string Label { get; set; } = "";
    /// <summary>Who recorded it, or whose visit took the daily snapshot.</summary>
    public string Actor { get; set; } = "";
    public string CatalogVersion { get; set; } = "";
    public string ModelVersion { get; set; } = "";
    /// <summary>The id of the board's newest audit entry the snapshot reflects: a later change makes a new daily snapshot due.</summary>
    public long ChangeMark { get; set; }
    public string FiguresJson { get; set; } = "{}";
    public byte[] Content { get; set; } = [];
    /// <summary>The JSON's size before compression, in bytes.</summary>
    public int JsonBytes { get; set; }
}

/// <summary>
/// Public data written in bulk (the national register, a sector scan's results): shared by every board, written only by the
/// system, and not audited row by row; the import or scan that wrote the rows is audited instead.
/// </summary>
public interface IBulkPublicData : ISharedKnowledge;

/// <summary>A board in DUO's open register as of the last import (<see cref="Regie.Core.Observatory.RegisterBoard"/>).</summary>
public class RegisterBoardEntity : IBulkPublicData
{
    public Guid Id { get; set; }
    /// <summary>DUO's "bevoegd gezag nummer"; unique.</summary>
    public string BoardNumber { get; set; } = "";
    public string Name { get; set; } = "";
    public string? Province { get; set; }
    public string? Municipality { get; set; }
    public string? Website { get; set; }
}

/// <summary>A school location in DUO's open register as of the last import (<see cref="Regie.Core.Observatory.RegisterSchool"/>).</summary>
public class RegisterSchoolEntity : IBulkPublicData
{
    public Guid Id { get; set; }
    /// <summary>BRIN plus vestiging number, six characters; unique.</summary>
    public string Code { get; set; } = "";
    public string Brin { get; set; } = "";
    public string BoardNumber { get; set; } = "";
    public string Name { get; set; } = "";
    public Sector Sector { get; set; }
    public bool IsMainLocation { get; set; }
    public string? Province { get; set; }
    public string? Municipality { get; set; }
    public string? Website { get; set; }
    public int? Pupils { get; set; }
}

/// <summary>One import of the register: when, from which files, how many rows, and what changed against the one before.</summary>
public class RegisterImportEntity : ISharedKnowledge
{
    public Guid Id { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    /// <summary>The files' names (without folders), in the order given.</summary>
    public List<string> Files { get; set; } = [];
    public int Boards { get; set; }
    public int Schools { get; set; }
    public int SchoolsWithPupils { get; set; }
    public int NewSchools { get; set; }
    public int ClosedSchools { get; set; }
    public int Renamed { get; set; }
    public int NewWebsites { get; set; }
}

/// <summary>A sector scan: the register's domains read through DNS discovery, resumable until finished.</summary>
public class SectorScanEntity : ISharedKnowledge
{
    public Guid Id { get; set; }
    public DateTimeOffset StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? Nameserver { get; set; }
    public SectorScanStatus Status { get; set; } = SectorScanStatus.Running;
    /// <summary>Domains the register gave when the scan started.</summary>
    public int Domains { get; set; }
    /// <summary>Domains done so far (one result row each).</summary>
    public int Done { get; set; }
    /// <summary>Of those, domains whose DNS answered.</summary>
    public int Resolved { get; set; }
    /// <summary>DNS questions sent by this scan (all its sessions).</summary>
    public long Queries { get; set; }
}

public enum SectorScanStatus { Running, Finished }

/// <summary>
/// One domain's result in a sector scan: its outcome, the <see cref="Regie.Core.Observatory.ScanObservation"/> (per area the
/// most certain provider) and the full findings and notes as stored JSON, as a board's discovery run stores them.
/// </summary>
public class SectorScanResultEntity : IBulkPublicData
{
    public Guid Id { get; set; }
    public Guid ScanId { get; set; }
    public string Domain { get; set; } = "";
    public DomainOutcome Outcome { get; set; }
    public string? MailId { get; set; }
    public string? MailName { get; set; }
    public string? MailFilterId { get; set; }
    public string? MailFilterName { get; set; }
    public string? IdentityId { get; set; }
    public string? IdentityName { get; set; }
    public string? DnsHostingId { get; set; }
    public string? DnsHostingName { get; set; }
    public string? WebHostingId { get; set; }
    public string? WebHostingName { get; set; }
    /// <summary>The findings (Finding records with their evidence) as JSON.</summary>
    public string FindingsJson { get; set; } = "[]";
    /// <summary>The notes as {code, args} (StoredNotes), as JSON.</summary>
    public string NotesJson { get; set; } = "[]";
}

/// <summary>
/// A vendor's answer received at sector level (e.g. by SIVON for all boards), offered to every board that uses the product;
/// the shape of <see cref="VendorAnswerEntity"/> without a board, with who received it and where it comes from.
/// </summary>
public class SectorVendorAnswerEntity : ISharedKnowledge
{
    public Guid Id { get; set; }
    public string VendorId { get; set; } = "";
    public string VendorName { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Topic { get; set; } = "";
    public string Answer { get; set; } = "";
    public string? Explanation { get; set; }
    public DateOnly AnsweredOn { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
    /// <summary>The organisation that received the answer, e.g. "SIVON".</summary>
    public string ReceivedBy { get; set; } = "";
    /// <summary>Where the answer comes from: a document, a letter, a meeting, with its date.</summary>
    public string Source { get; set; } = "";
}

/// <summary>
/// A release of the shared-landscape figures (<see cref="Regie.Core.Observatory.SectorRelease"/>, docs/SECTOR-DISCLOSURE.md
/// "Releases"): the day it was made, the k it was made under and the boards its figures rest on. Written only by the system;
/// a withdrawn release stays, as its figures were seen while it stood and the next release is compared with it.
/// </summary>
public class SectorReleaseEntity : ISharedKnowledge
{
    public Guid Id { get; set; }
    public DateTimeOffset MadeAt { get; set; }
    /// <summary>The day of <see cref="MadeAt"/> in UTC; unique, so two instances on one database cannot both make a release that day.</summary>
    public DateOnly MadeOn { get; set; }
    public int K { get; set; }
    public List<Guid> Boards { get; set; } = [];
    /// <summary>A fingerprint of the boards' stored data when the release was made (their audit counts and newest entries).</summary>
    public string DataStamp { get; set; } = "";
    public DateTimeOffset? WithdrawnAt { get; set; }
}

/// <summary>
/// The register's details of a service's DPIA or KIA (docs/IMPACT-ASSESSMENTS.md). The status itself stays on
/// <see cref="ServiceEntity.Dpia"/>/<see cref="ServiceEntity.Kia"/>, which feeds criterion SOV7 and the imports.
/// </summary>
public class ImpactAssessmentEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ServiceId { get; set; }
    public Regie.Core.Privacy.ImpactKind Kind { get; set; }
    public DateOnly? PerformedOn { get; set; }
    public Regie.Core.Privacy.ImpactOutcome Outcome { get; set; }
    public DateOnly? ReviewOn { get; set; }
    /// <summary>A data/catalog/sector-dpias.yaml id the board builds on.</summary>
    public string? SectorDpiaId { get; set; }
    public string? Notes { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<ImpactRiskEntity> Risks { get; set; } = [];
}

/// <summary>A high risk an assessment found and the measure against it, in the order the board gave them.</summary>
public class ImpactRiskEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid AssessmentId { get; set; }
    public int Position { get; set; }
    public string Description { get; set; } = "";
    public string? Measure { get; set; }
    public Regie.Core.Privacy.MeasureStatus MeasureStatus { get; set; }
}

/// <summary>
/// The board's own fields of one service's record in the processing register (AVG art. 30): a null field is not set and
/// the register shows what Regie generates from the landscape (docs/PROCESSING-REGISTER.md).
/// </summary>
public class ProcessingRecordEntity : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid OrganisationId { get; set; }
    public Guid ServiceId { get; set; }
    public string? Purpose { get; set; }
    /// <summary>Data-subject keys (leerlingen, ouders, …) separated by commas; null when the board did not set them.</summary>
    public string? DataSubjects { get; set; }
    /// <summary>A legal-basis key (algemeen-belang, …).</summary>
    public string? LegalBasis { get; set; }
    public string? Retention { get; set; }
    public string? Notes { get; set; }
    /// <summary>Who saved last, as the audit trail names the actor.</summary>
    public string UpdatedBy { get; set; } = "";
    public DateTimeOffset UpdatedAt { get; set; }
}
