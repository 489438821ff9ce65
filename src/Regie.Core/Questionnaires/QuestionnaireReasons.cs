using Regie.Core.Common;
using Regie.Core.Explaining;

namespace Regie.Core.Questionnaires;

// The reasons of the vendor questionnaire: the text of each fact question and how to answer it, and every problem an
// answer file can have. Rendered in Explaining/ReasonText.Questionnaires.cs.

// --- The questions about facts ------------------------------------------------------------------------------------

/// <summary>The question that asks a vendor for one fact; <paramref name="ForTheCatalog"/> when the catalog asks it about schools in general, not a board about its own data.</summary>
public sealed record FactAsked(FactTopic Topic, bool ForTheCatalog = false) : QuestionnaireReason;

/// <summary>How a vendor answers a fact question.</summary>
public sealed record FactAnswerFormat(FactTopic Topic) : QuestionnaireReason;

/// <summary>How a vendor answers a criterion of the model: the number of an option (0 to <paramref name="Last"/>).</summary>
public sealed record OptionAnswerFormat(int Last) : QuestionnaireReason;

// --- Problems with answers, each with the row and field it names ----------------------------------------------------

public sealed record QuestionIdMissing : QuestionnaireReason;

/// <summary>The question is not in this vendor's questionnaire (never was, or the board answered it itself since).</summary>
public sealed record QuestionNotAsked(string QuestionId, string Vendor) : QuestionnaireReason;

public sealed record QuestionAnsweredTwice(string QuestionId, int EarlierRow) : QuestionnaireReason;

public sealed record NotAnOptionOfQuestion(string? Answer, int Last) : QuestionnaireReason;

/// <summary>The ultimate parent is written "name (country code)", or "geen (country code)" when the vendor has none.</summary>
public sealed record NotAParentAnswer(string? Answer) : QuestionnaireReason;

public sealed record NotACountryCode(string CountryCode) : QuestionnaireReason;

public sealed record NotAHostingProvider(string? Answer) : QuestionnaireReason;

public sealed record NotADataLocation(string? Answer) : QuestionnaireReason;

public sealed record NotYesOrNo(string? Answer) : QuestionnaireReason;

public sealed record NotAnExportFormat(string Format) : QuestionnaireReason;

public sealed record AnswerTooLong(int Limit) : QuestionnaireReason;

public sealed record TooManyItems(int Limit) : QuestionnaireReason;

public sealed record NotADate(string? Text) : QuestionnaireReason;

public sealed record AnswerDatedInTheFuture(DateOnly Date) : QuestionnaireReason;

/// <summary>An answer older than twelve months counts no longer; it has to be asked again.</summary>
public sealed record AnswerAlreadyExpired(DateOnly Date, DateOnly ExpiredOn) : QuestionnaireReason;

public sealed record AnswerFileColumnMissing(string Column) : QuestionnaireReason;

public sealed record AnswerFileUnreadable : QuestionnaireReason;

public sealed record AnswerFileHasNoRows : QuestionnaireReason;

public sealed record AnswerFileTooLarge(int LimitKilobytes) : QuestionnaireReason;

public sealed record AnswerFileTooManyRows(int Limit) : QuestionnaireReason;

public sealed record NoAnswerFileChosen : QuestionnaireReason;

/// <summary>Every row was left empty or unknown: there is nothing to store.</summary>
public sealed record NoAnswersGiven : QuestionnaireReason;

// --- The catalog's own questionnaire (Catalog/CatalogQuestionnaire.cs) -----------------------------------------------

/// <summary>A field every answer to the catalog needs (date, who received it, the document it came in) is empty.</summary>
public sealed record CatalogAnswerFieldMissing : QuestionnaireReason;

public sealed record NotACatalogProduct(string Subject) : QuestionnaireReason;

/// <summary>The catalog asks only hosting provider, hosting region and data location; other answers go to the boards (`regie sector answers import`).</summary>
public sealed record NotACatalogQuestion(string Topic) : QuestionnaireReason;

public sealed record CatalogProductWithoutVendor(string Product) : QuestionnaireReason;

/// <summary>The catalog's questions were asked for a vendor id that is no company of the catalog (companies.yaml); <paramref name="WithQuestions"/> are the ids that have some.</summary>
public sealed record NotACatalogVendor(string Given, IReadOnlyList<string> WithQuestions) : QuestionnaireReason;

/// <summary>The company is in the catalog but supplies none of its products (an owner, a hosting provider's company).</summary>
public sealed record NotAProductVendor(string Company) : QuestionnaireReason;

/// <summary>
/// The catalog asks this vendor nothing: what it would ask about the vendor's products is known, or, when only the most-used
/// products were asked about (<paramref name="MostUsedOnly"/>), the vendor's products may not be among them.
/// </summary>
public sealed record NoCatalogQuestionsForVendor(string Vendor, bool MostUsedOnly) : QuestionnaireReason;

public sealed record NotTheProductsVendor(string Given, string Product, string Vendor) : QuestionnaireReason;

/// <summary>The vendor left the question open (empty or unknown): nothing to fill.</summary>
public sealed record CatalogAnswerLeftOpen : QuestionnaireReason;

/// <summary>The catalog knows the fact already: an answer fills a gap and never overrules a fact read at its source.</summary>
public sealed record CatalogFactAlreadyKnown(Common.Confidence Confidence, string? Source) : QuestionnaireReason;

/// <summary>A self-hosted product's region and data location are where whoever runs it puts it, not the vendor's to state.</summary>
public sealed record CatalogPlaceIsTheRunners : QuestionnaireReason;

/// <summary>
/// The answers the sector heard to one catalog question, as a reader sees them: the product, the fact, and each answer (a
/// provider's name, a data location, a region as written) with how many boards gave it (null: fewer than <paramref name="K"/>,
/// which the sector does not count aloud) and how many sector answers.
/// </summary>
public sealed record CatalogAnswersHeard(string Product, FactTopic Fact, IReadOnlyList<(LocalizedText Answer, int? Boards, int SectorAnswers)> Answers, int K) : QuestionnaireReason;

/// <summary>A problem in the answers, naming the row (of the file or form) and the field; no row for the file as a whole.</summary>
public sealed record QuestionnaireError(int? Row, string Field, QuestionnaireReason Problem);
