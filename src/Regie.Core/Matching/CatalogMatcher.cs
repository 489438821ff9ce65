using Regie.Core.Catalog;

namespace Regie.Core.Matching;

/// <summary>
/// Recognises catalog products in names as school staff write them. Built once from the catalog; then each name is tried
/// strongest first: an exact alias, the same words after normalising, a known web domain, and last word-by-word similarity
/// weighted by how rare each word is in the catalog. A fuzzy score from <see cref="Threshold"/> up to <see cref="SureThreshold"/>,
/// or a name that says it is a link to a product ("koppeling", "SSO"), is <see cref="MatchMethod.Unsure"/>: the product is
/// named as a candidate but nothing joins it. Below <see cref="Threshold"/>, and for the board's own things ("eigen"), the
/// answer is an explicit no-match. Why these numbers: data/matching/README.md.
/// </summary>
public sealed class CatalogMatcher
{
    /// <summary>Tuned on data/matching/labelled-names.csv: the lowest fuzzy score worth naming as a candidate at all.</summary>
    public const double DefaultThreshold = 0.6;

    /// <summary>
    /// The lowest fuzzy score that joins a product without a person confirming it. A name whose words the alias fully
    /// explains scores 0.9 × (1 − 0.45 × the weight share of words the catalog cannot explain); 0.7 is where those unknown
    /// words weigh as much as the known ones, the band where "Teams vergaderingen" and "Teams Roosterkoppeling" both fell.
    /// </summary>
    public const double SureThreshold = 0.7;

    /// <summary>Two words this similar (Jaro-Winkler) count as the same word misspelled.</summary>
    private const double WordThreshold = 0.88;

    private const int ShortestFuzzyWord = 4;
    private const double UmbrellaWeight = 0.2;

    private readonly KnowledgeCatalog catalog;
    private readonly Dictionary<string, Candidate> exact;
    private readonly Dictionary<string, Candidate> normalised;
    private readonly Dictionary<string, Product> domains;
    private readonly List<Entry> entries;
    private readonly Dictionary<string, int[]> entriesByWord;
    private readonly Dictionary<string, double> wordWeights;
    private readonly string[][] wordsByLength;
    private readonly HashSet<string> genericCatalogWords;
    private readonly double unknownWordWeight;

    // The catalog words like each input word, as computed before: an inventory repeats its words ("rooster", "ouders") in
    // many names, and an import asks twice for a name it could not place (BoardImport's unsure note). Bounded, because
    // one matcher serves every request of the web app.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (string Word, double Similarity)[]> similarWords = new(StringComparer.Ordinal);
    private const int SimilarWordsRemembered = 100_000;

    private CatalogMatcher(KnowledgeCatalog catalog, IReadOnlyDictionary<string, string> domainMap, double threshold)
    {
        this.catalog = catalog;
        Threshold = threshold;
        exact = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        normalised = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        domains = new Dictionary<string, Product>(StringComparer.OrdinalIgnoreCase);
        entries = [];
        foreach (var product in catalog.Products)
        {
            Add(exact, NameNormaliser.Key(product.Id), product, 0);
            var fuzzyNames = FuzzyNames(product).ToHashSet(StringComparer.Ordinal);
            foreach (var name in product.KnownNames)
            {
                Add(exact, NameNormaliser.Key(name), product, 0);
                var words = NameNormaliser.Tokens(name);
                if (words.Count == 0)
                {
                    continue;
                }

                var rank = NameNormaliser.Key(name) == string.Join(' ', words) ? 0 : 1;
                foreach (var key in NormalisedKeys(words))
                {
                    Add(normalised, key, product, rank);
                }

                if (DomainNames.IsOnlyAddress(name) && DomainNames.HostIn(name) is { } host)
                {
                    domains.TryAdd(host, product);
                }

                if (fuzzyNames.Contains(name))
                {
                    entries.Add(new Entry(product, [.. words.Distinct()], rank));
                }
            }
        }

        foreach (var (domain, productId) in domainMap)
        {
            domains[domain] = catalog.ProductById[productId];
        }

        var productCount = Math.Max(1, catalog.Products.Count);
        wordWeights = entries
            .SelectMany(e => e.Words.Select(w => (Word: w, e.Product.Id)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Weight(g.Key, Math.Log(1 + ((double)productCount / g.Select(x => x.Id).Distinct().Count()))), StringComparer.Ordinal);
        unknownWordWeight = Math.Log(1 + productCount);
        foreach (var entry in entries)
        {
            entry.Weights = [.. entry.Words.Select(w => wordWeights[w])];
            entry.TotalWeight = entry.Weights.Sum();
        }

        entriesByWord = entries
            .SelectMany((e, index) => e.Words.Select(w => (Word: w, Index: index)))
            .GroupBy(x => x.Word, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Index).Distinct().ToArray(), StringComparer.Ordinal);
        genericCatalogWords = [.. wordWeights.Keys.Where(w => NameNormaliser.IsOrEndsIn(w, NameNormaliser.GenericWords))];
        var longest = wordWeights.Keys.Select(w => w.Length).DefaultIfEmpty(0).Max();
        wordsByLength = [.. Enumerable.Range(0, longest + 1).Select(length => wordWeights.Keys.Where(w => w.Length == length).ToArray())];
    }

    public double Threshold { get; }

    /// <summary>Fuzzy matches below this are unsure; see <see cref="SureThreshold"/>.</summary>
    public double SureAt => Math.Max(Threshold, SureThreshold);

    /// <summary>Indexes every product's name and aliases, plus the domain map (see <see cref="DomainNames.Load"/>).</summary>
    public static CatalogMatcher Build(KnowledgeCatalog catalog, IReadOnlyDictionary<string, string>? domains = null, double threshold = DefaultThreshold) =>
        new(catalog, domains ?? new Dictionary<string, string>(), threshold);

    public MatchResult Match(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (exact.TryGetValue(NameNormaliser.Key(input), out var byAlias))
        {
            return Found(input, byAlias.Product, 1.0, MatchMethod.ExactAlias);
        }

        var isAddress = DomainNames.IsOnlyAddress(input);
        var words = isAddress ? HostWords(DomainNames.HostIn(input) ?? "") : NameNormaliser.Tokens(input);
        if (!isAddress && words.Count > 0)
        {
            foreach (var key in NormalisedKeys(words))
            {
                if (normalised.TryGetValue(key, out var byWords))
                {
                    return Found(input, byWords.Product, 0.95, MatchMethod.Normalised);
                }
            }
        }

        if (DomainNames.HostIn(input) is { } host)
        {
            foreach (var domain in DomainNames.SelfAndParents(host))
            {
                if (domains.TryGetValue(domain, out var byDomain))
                {
                    return Found(input, byDomain, 0.95, MatchMethod.Domain);
                }
            }
        }

        return Fuzzy(input, words, isAddress);
    }

    private MatchResult Fuzzy(string input, IReadOnlyList<string> words, bool isAddress)
    {
        if (words.Count == 0
            || words.All(w => NameNormaliser.IsOrEndsIn(w, NameNormaliser.GenericWords))
            || words.Any(w => NameNormaliser.IsOrEndsIn(w, NameNormaliser.OwnWords)))
        {
            return MatchResult.NoMatch(input);
        }

        // For each input word, the catalog words it may stand for and how alike they are.
        var similar = new (string Word, double Similarity)[words.Count][];
        var candidates = new HashSet<int>();
        for (var i = 0; i < words.Count; i++)
        {
            similar[i] = SimilarWords(words[i]);
            foreach (var (word, _) in similar[i])
            {
                candidates.UnionWith(entriesByWord[word]);
            }
        }

        Entry? best = null;
        double bestScore = 0, runnerUp = 0;
        foreach (var index in candidates)
        {
            var entry = entries[index];
            var score = Score(entry, words, similar);
            if (score > bestScore)
            {
                if (best is not null && best.Product.Id != entry.Product.Id)
                {
                    runnerUp = bestScore;
                }

                (best, bestScore) = (entry, score);
            }
            else if (best is not null && best.Product.Id != entry.Product.Id && score > runnerUp)
            {
                runnerUp = score;
            }
        }

        // Two products fitting equally well is a guess, not a match.
        var confidence = Math.Round(0.9 * bestScore, 3);
        if (best is null || confidence < Threshold || bestScore - runnerUp < 0.02)
        {
            return MatchResult.NoMatch(input);
        }

        var linksToIt = words.Any(w => NameNormaliser.IsOrEndsIn(w, NameNormaliser.LinkWords) && Array.IndexOf(best.Words, w) < 0);
        // An address the domain map does not know only resembles a product: whiteboard.fi is not Microsoft Whiteboard.
        return confidence < SureAt || linksToIt || isAddress
            ? MatchResult.Unsure(input, new MatchCandidate(best.Product.Id, best.Product.Name, confidence))
            : Found(input, best.Product, confidence, MatchMethod.Fuzzy);
    }

    /// <summary>
    /// How much of the alias the input covers (rare words count most), lowered by input words the alias does not explain.
    /// A misspelled word next to unexplained words is too weak: "Canvas LMS" is not Canva.
    /// </summary>
    private double Score(Entry entry, IReadOnlyList<string> words, (string Word, double Similarity)[][] similar)
    {
        double covered = 0;
        var misspelled = false;
        var distinctive = false;
        for (var a = 0; a < entry.Words.Length; a++)
        {
            double bestForWord = 0;
            foreach (var list in similar)
            {
                foreach (var (word, similarity) in list)
                {
                    if (word == entry.Words[a] && similarity > bestForWord)
                    {
                        bestForWord = similarity;
                    }
                }
            }

            covered += entry.Weights[a] * bestForWord;
            misspelled |= bestForWord is > 0 and < 1;
            distinctive |= bestForWord > 0 && !NameNormaliser.UmbrellaBrands.Contains(entry.Words[a])
                && !genericCatalogWords.Contains(entry.Words[a]);
        }

        if (!distinctive)
        {
            return 0;
        }

        double explained = 0, unexplained = 0;
        for (var i = 0; i < words.Count; i++)
        {
            var weight = words[i].Length < 2 ? 0 : wordWeights.TryGetValue(words[i], out var known) ? known : Weight(words[i], unknownWordWeight);
            if (Array.Exists(similar[i], s => Array.IndexOf(entry.Words, s.Word) >= 0))
            {
                explained += weight;
            }
            else
            {
                unexplained += weight;
            }
        }

        var unexplainedShare = unexplained == 0 ? 0 : unexplained / (explained + unexplained);
        // An alias as written ("ChatGPT") outranks another product's alias that only reads the same once stripped ("ChatGPT for Education").
        var score = covered / entry.TotalWeight * (1 - (0.45 * unexplainedShare)) * (entry.Rank == 0 ? 1 : 0.97);
        return misspelled && unexplained > 0 ? score * 0.6 : score;
    }

    private (string Word, double Similarity)[] SimilarWords(string word)
    {
        if (similarWords.TryGetValue(word, out var known))
        {
            return known;
        }

        if (similarWords.Count >= SimilarWordsRemembered)
        {
            similarWords.Clear();
        }

        return similarWords[word] = ComputeSimilarWords(word);
    }

    private (string Word, double Similarity)[] ComputeSimilarWords(string word)
    {
        if (wordWeights.ContainsKey(word))
        {
            return [(word, 1.0)];
        }

        var found = new List<(string, double)>();
        if (word.Length < ShortestFuzzyWord)
        {
            return [];
        }

        var typos = TyposIn(word);
        for (var length = Math.Max(ShortestFuzzyWord, word.Length - 2); length <= Math.Min(wordsByLength.Length - 1, word.Length + 2); length++)
        {
            foreach (var candidate in wordsByLength[length])
            {
                var similarity = Similarity.JaroWinkler(word, candidate);
                if (similarity >= WordThreshold && Similarity.EditDistance(word, candidate, typos) <= typos)
                {
                    found.Add((candidate, similarity));
                }
            }
        }

        return [.. found];
    }

    /// <summary>How many typos a word of this length may carry and still be the catalog's word: one up to 7 letters, two up to 15.</summary>
    private static int TyposIn(string word) => 1 + (word.Length / 8);

    private MatchResult Found(string input, Product? product, double confidence, MatchMethod method) =>
        product is null
            ? MatchResult.NoMatch(input) // the name is shared by several products
            : new MatchResult(input, product.Id, product.Name, catalog.CompanyById.GetValueOrDefault(product.Vendor.Value ?? "")?.Name, confidence, method);

    /// <summary>
    /// The names whose words the fuzzy match weighs: the name with its English variant (the catalog's names carried that
    /// description before variants came in both languages) and the aliases. The Dutch variant only matches whole (exact or
    /// in another word order): its common words ("zelf", "gehost", "door") would weigh little in every name and let a bare
    /// "Jitsi Meet (zelf gehost)" pass for sure as Jitsi's own service.
    /// </summary>
    private static IEnumerable<string> FuzzyNames(Product product) =>
        product.Variant is null ? [product.Name, .. product.Aliases] : [product.NameIn("en"), .. product.Aliases];

    private static double Weight(string word, double rarity) => NameNormaliser.UmbrellaBrands.Contains(word) ? rarity * UmbrellaWeight : rarity;

    private static IEnumerable<string> NormalisedKeys(IReadOnlyList<string> words)
    {
        yield return string.Join(' ', words);
        yield return string.Join(' ', words.Order(StringComparer.Ordinal));
        yield return "=" + string.Concat(words); // "One Drive", "Som today", "MS-Teams"
    }

    /// <summary>A host's labels without the top-level domain and "www": meet.google.com is the words meet, google.</summary>
    private static List<string> HostWords(string host)
    {
        var labels = host.Split('.');
        return [.. labels.Take(labels.Length - 1).SelectMany(NameNormaliser.Tokens)];
    }

    /// <summary>Keeps the strongest claim on a key: an alias as written beats one that only matches after stripping words.</summary>
    private static void Add(Dictionary<string, Candidate> index, string key, Product product, int rank)
    {
        if (key.Length == 0 || key == "=")
        {
            return;
        }

        if (!index.TryGetValue(key, out var existing) || rank < existing.Rank)
        {
            index[key] = new Candidate(product, rank);
        }
        else if (rank == existing.Rank && existing.Product is not null && existing.Product.Id != product.Id)
        {
            index[key] = new Candidate(null, rank);
        }
    }

    private sealed record Candidate(Product? Product, int Rank);

    private sealed class Entry(Product product, string[] words, int rank)
    {
        public Product Product { get; } = product;
        public string[] Words { get; } = words;
        public int Rank { get; } = rank;
        public double[] Weights { get; set; } = [];
        public double TotalWeight { get; set; }
    }
}
