package facts

import "strings"

// This file is the one place for the extractor's word lists: number words,
// scales, hedges, currencies, units, event words, months and the words that
// mark a number as a name rather than a figure. Rules read these tables;
// they hold no literals of their own.

// cardinals are the number words that are not scales.
var cardinals = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"nought": 0, "naught": 0,
}

// bigScales are the scales of a thousand and more (hundred composes with
// them differently: "three hundred thousand").
var bigScales = func() map[string]float64 {
	m := map[string]float64{}
	for w, v := range scaleWords {
		if v >= 1e3 {
			m[w] = v
		}
	}
	return m
}()

// scaleWords multiply what precedes them ("1.5 million", "three hundred").
var scaleWords = map[string]float64{
	"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "crore": 1e7,
}

// scaleSuffixes are scale abbreviations written after a numeral, attached
// ("$2.5bn", "10k", "4.3M") or not ("£1.2 tn"). "m" alone is a scale only
// after a currency; elsewhere it is metres.
var scaleSuffixes = map[string]float64{
	"k": 1e3, "K": 1e3, "thousand": 1e3,
	"m": 1e6, "M": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "MM": 1e6,
	"bn": 1e9, "b": 1e9, "B": 1e9, "bln": 1e9, "Bn": 1e9,
	"tn": 1e12, "tr": 1e12, "trn": 1e12, "tln": 1e12, "T": 1e12,
}

// ordinalWords are written ordinals.
var ordinalWords = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000, "millionth": 1e6, "billionth": 1e9,
	"trillionth": 1e12,
}

// fractionWords are the denominators of written fractions: "a third",
// "two-thirds", "three quarters".
var fractionWords = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10,
}

// vagueAmount is a plural scale read as an interval: "hundreds of" is
// [200, 1000). The lower end is two of the unit (a plural), the upper end
// the next scale up; "tens of thousands" is handled by vagueMultipliers.
type vagueAmount struct{ low, high float64 }

var vagueAmounts = map[string]vagueAmount{
	"dozens":    {24, 100},
	"scores":    {40, 100},
	"hundreds":  {200, 1e3},
	"thousands": {2e3, 1e6},
	"millions":  {2e6, 1e9},
	"billions":  {2e9, 1e12},
	"trillions": {2e12, 1e15},
}

// vagueMultipliers scale a following vague amount: "tens of thousands" is
// [2e4, 1e5), "hundreds of millions" [2e8, 1e9).
var vagueMultipliers = map[string]float64{"tens": 10, "hundreds": 100, "dozens": 12}

// boundPhrase maps a hedge before a number to its bound. Longest match wins.
type boundPhrase struct {
	words []string
	bound Bound
}

var boundsBefore = []boundPhrase{
	{[]string{"at", "least"}, BoundAtLeast},
	{[]string{"no", "fewer", "than"}, BoundAtLeast},
	{[]string{"no", "less", "than"}, BoundAtLeast},
	{[]string{"not", "less", "than"}, BoundAtLeast},
	{[]string{"a", "minimum", "of"}, BoundAtLeast},
	{[]string{"more", "than"}, BoundMoreThan},
	{[]string{"larger", "than"}, BoundMoreThan},
	{[]string{"bigger", "than"}, BoundMoreThan},
	{[]string{"higher", "than"}, BoundMoreThan},
	{[]string{"surpass"}, BoundMoreThan},
	{[]string{"surpassed"}, BoundMoreThan},
	{[]string{"surpassing"}, BoundMoreThan},
	{[]string{"surpasses"}, BoundMoreThan},
	{[]string{"greater", "than", "or", "equal", "to"}, BoundAtLeast},
	{[]string{"more", "than", "or", "equal", "to"}, BoundAtLeast},
	{[]string{"greater", "or", "equal", "than"}, BoundAtLeast},
	{[]string{"bigger", "or", "equal", "than"}, BoundAtLeast},
	{[]string{"larger", "or", "equal", "than"}, BoundAtLeast},
	{[]string{"higher", "or", "equal", "than"}, BoundAtLeast},
	{[]string{"equal", "to", "or", "more", "than"}, BoundAtLeast},
	{[]string{"equal", "to", "or", "greater", "than"}, BoundAtLeast},
	{[]string{"equal", "to", "or", "higher", "than"}, BoundAtLeast},
	{[]string{"at", "least", "or", "equal", "to"}, BoundAtLeast},
	{[]string{"less", "than", "or", "equal", "to"}, BoundAtMost},
	{[]string{"fewer", "than", "or", "equal", "to"}, BoundAtMost},
	{[]string{"less", "or", "equal", "than"}, BoundAtMost},
	{[]string{"smaller", "or", "equal", "than"}, BoundAtMost},
	{[]string{"lower", "or", "equal", "than"}, BoundAtMost},
	{[]string{"equal", "to", "or", "less", "than"}, BoundAtMost},
	{[]string{"equal", "to", "or", "lower", "than"}, BoundAtMost},
	{[]string{"equal", "to", "or", "smaller", "than"}, BoundAtMost},
	{[]string{"at", "most", "or", "equal", "to"}, BoundAtMost},
	{[]string{"smaller", "than"}, BoundLessThan},
	{[]string{"lower", "than"}, BoundLessThan},
	{[]string{">", "="}, BoundAtLeast},
	{[]string{"<", "="}, BoundAtMost},
	// "<>30" (not equal), "=>30" and "=<30" (arrows) bound nothing.
	{[]string{"<", ">"}, BoundExact},
	{[]string{"=", ">"}, BoundExact},
	{[]string{"=", "<"}, BoundExact},
	{[]string{"greater", "than"}, BoundMoreThan},
	{[]string{"just", "over"}, BoundMoreThan},
	{[]string{"over"}, BoundMoreThan},
	{[]string{"exceeds"}, BoundMoreThan},
	{[]string{"exceeded"}, BoundMoreThan},
	{[]string{"exceeding"}, BoundMoreThan},
	{[]string{"exceed"}, BoundMoreThan},
	{[]string{"upwards", "of"}, BoundMoreThan},
	{[]string{"upward", "of"}, BoundMoreThan},
	{[]string{"in", "excess", "of"}, BoundMoreThan},
	{[]string{"above"}, BoundMoreThan},
	{[]string{"up", "to"}, BoundAtMost},
	{[]string{"as", "many", "as"}, BoundAtMost},
	{[]string{"as", "many", "as", "an", "additional"}, BoundAtMost},
	{[]string{"as", "many", "as", "another"}, BoundAtMost},
	{[]string{"up", "to", "an", "additional"}, BoundAtMost},
	{[]string{"up", "to", "another"}, BoundAtMost},
	{[]string{"at", "least", "an", "additional"}, BoundAtLeast},
	{[]string{"at", "least", "another"}, BoundAtLeast},
	{[]string{"as", "much", "as"}, BoundAtMost},
	{[]string{"as", "high", "as"}, BoundAtMost},
	{[]string{"at", "most"}, BoundAtMost},
	{[]string{"no", "more", "than"}, BoundAtMost},
	{[]string{"not", "more", "than"}, BoundAtMost},
	{[]string{"a", "maximum", "of"}, BoundAtMost},
	{[]string{"fewer", "than"}, BoundLessThan},
	{[]string{"less", "than"}, BoundLessThan},
	{[]string{"just", "under"}, BoundLessThan},
	{[]string{"sub", "-"}, BoundLessThan}, // "sub-10 nanometre chips"
	{[]string{"under"}, BoundLessThan},
	{[]string{"below"}, BoundLessThan},
	{[]string{"about"}, BoundApprox},
	{[]string{"around"}, BoundApprox},
	{[]string{"some"}, BoundApprox},
	{[]string{"roughly"}, BoundApprox},
	{[]string{"nearly"}, BoundApprox},
	{[]string{"just", "shy", "of"}, BoundApprox}, // below the figure, as "nearly" (the comparer's below)
	{[]string{"shy", "of"}, BoundApprox},
	{[]string{"just", "short", "of"}, BoundApprox},
	{[]string{"almost"}, BoundApprox},
	{[]string{"approximately"}, BoundApprox},
	{[]string{"approx"}, BoundApprox},
	{[]string{"an", "estimated"}, BoundApprox},
	{[]string{"estimated"}, BoundApprox},
	{[]string{"close", "to"}, BoundApprox},
	{[]string{"circa"}, BoundApprox},
	{[]string{"c."}, BoundApprox},
	{[]string{"an", "approximate"}, BoundApprox},
	{[]string{"approaching"}, BoundApprox},
	{[]string{"some", "estimated"}, BoundApprox},
	{[]string{"about", "an", "estimated"}, BoundApprox},
	{[]string{"~"}, BoundApprox},
	{[]string{">"}, BoundMoreThan},
	{[]string{"<"}, BoundLessThan},
	{[]string{"≥"}, BoundAtLeast},
	{[]string{"≤"}, BoundAtMost},
}

// boundsAfter are hedges that follow the figure: "25 or more".
var boundsAfter = []boundPhrase{
	{[]string{"or", "more"}, BoundAtLeast},
	{[]string{"or", "above"}, BoundAtLeast},
	{[]string{"and", "above"}, BoundAtLeast},
	{[]string{"or", "over"}, BoundAtLeast},
	{[]string{"plus"}, BoundAtLeast},
	{[]string{"+"}, BoundAtLeast},
	{[]string{"or", "fewer"}, BoundAtMost},
	{[]string{"or", "less"}, BoundAtMost},
	{[]string{"or", "so"}, BoundApprox},
	{[]string{"or", "greater"}, BoundAtLeast},
	{[]string{"or", "higher"}, BoundAtLeast},
	{[]string{"or", "larger"}, BoundAtLeast},
	{[]string{"or", "bigger"}, BoundAtLeast},
	{[]string{"and", "more"}, BoundAtLeast},
	{[]string{"or", "lower"}, BoundAtMost},
	{[]string{"or", "smaller"}, BoundAtMost},
	{[]string{"and", "below"}, BoundAtMost},
	{[]string{"or", "below"}, BoundAtMost},
	{[]string{"and", "counting"}, BoundAtLeast},
}

// currencySymbols are written before (or, rarely, after) the amount.
var currencySymbols = map[string]string{
	"$": "USD", "us$": "USD", "u.s.$": "USD", "usd$": "USD",
	"£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₴": "UAH",
	"₩": "KRW", "₺": "TRY", "₦": "NGN", "₪": "ILS", "₱": "PHP", "₫": "VND",
	"₡": "CRC", "₾": "GEL", "₭": "LAK", "₿": "BTC", "₸": "KZT", "₮": "MNT", "₲": "PYG", "₵": "GHS",
	"mxn$": "MXN", "mex$": "MXN", "aud$": "AUD", "cad$": "CAD", "nzd$": "NZD", "hkd$": "HKD", "sgd$": "SGD",
	"a$": "AUD", "au$": "AUD", "c$": "CAD", "ca$": "CAD", "hk$": "HKD",
	"nz$": "NZD", "s$": "SGD", "r$": "BRL", "mx$": "MXN", "rs": "INR", "rs.": "INR",
	"sfr": "CHF", "chf": "CHF", "fr.": "CHF",
}

// currencyCodes are the ISO 4217 codes recognised before or after an amount.
var currencyCodes = map[string]bool{
	"USD": true, "EUR": true, "GBP": true, "JPY": true, "CNY": true, "RMB": true,
	"INR": true, "RUB": true, "UAH": true, "CHF": true, "CAD": true, "AUD": true,
	"NZD": true, "HKD": true, "SGD": true, "KRW": true, "TRY": true, "BRL": true,
	"MXN": true, "ZAR": true, "SEK": true, "NOK": true, "DKK": true, "PLN": true,
	"CZK": true, "HUF": true, "ILS": true, "SAR": true, "AED": true, "QAR": true,
	"EGP": true, "NGN": true, "KES": true, "PKR": true, "BDT": true, "IDR": true,
	"THB": true, "VND": true, "PHP": true, "MYR": true, "ARS": true, "CLP": true,
	"COP": true, "PEN": true, "IRR": true, "IQD": true, "KZT": true, "BTC": true,
	"TWD": true, "FIM": true, "ESP": true, "NLG": true, "DEM": true, "FRF": true, "ITL": true,
	"CRC": true, "GEL": true, "LAK": true, "LKR": true, "MAD": true, "VES": true, "UYU": true,
	"ZMW": true, "GHS": true, "ETB": true,
}

// currencyWords follow an amount ("300 euros", "5 billion yen"). Values are
// ISO codes; "cent" and "pence" carry a factor of 1/100.
type currencyWord struct {
	code   string
	factor float64
}

var currencyWords = map[string]currencyWord{
	"dollar": {"USD", 1}, "dollars": {"USD", 1}, "euro": {"EUR", 1}, "euros": {"EUR", 1},
	"pound": {"GBP", 1}, "pounds": {"GBP", 1}, "sterling": {"GBP", 1},
	"yen": {"JPY", 1}, "yuan": {"CNY", 1}, "renminbi": {"CNY", 1},
	"rupee": {"INR", 1}, "rupees": {"INR", 1}, "rouble": {"RUB", 1}, "roubles": {"RUB", 1},
	"ruble": {"RUB", 1}, "rubles": {"RUB", 1}, "hryvnia": {"UAH", 1}, "hryvnias": {"UAH", 1},
	"hryvnas": {"UAH", 1}, "hryvnya": {"UAH", 1},
	"franc": {"CHF", 1}, "francs": {"CHF", 1}, "lira": {"TRY", 1}, "liras": {"TRY", 1},
	"lire": {"TRY", 1}, "peso": {"MXN", 1}, "pesos": {"MXN", 1}, "rand": {"ZAR", 1},
	"naira": {"NGN", 1}, "shekel": {"ILS", 1}, "shekels": {"ILS", 1},
	"riyal": {"SAR", 1}, "riyals": {"SAR", 1}, "dirham": {"AED", 1}, "dirhams": {"AED", 1},
	"real": {"BRL", 1}, "reais": {"BRL", 1}, "zloty": {"PLN", 1}, "zlotys": {"PLN", 1},
	"krona": {"SEK", 1}, "kronor": {"SEK", 1}, "krone": {"NOK", 1}, "kroner": {"NOK", 1},
	"markka": {"FIM", 1}, "markkaa": {"FIM", 1}, "peseta": {"ESP", 1}, "pesetas": {"ESP", 1},
	"guilder": {"NLG", 1}, "guilders": {"NLG", 1}, "deutsche mark": {"DEM", 1}, "deutsche marks": {"DEM", 1},
	"deutschmarks": {"DEM", 1}, "escudo": {"PTE", 1}, "escudos": {"PTE", 1}, "drachma": {"GRD", 1},
	"drachmas": {"GRD", 1}, "schilling": {"ATS", 1}, "schillings": {"ATS", 1}, "kuai": {"CNY", 1},
	"kwacha": {"ZMW", 1}, "cedi": {"GHS", 1}, "cedis": {"GHS", 1}, "birr": {"ETB", 1},
	"shillings": {"KES", 1}, "taka": {"BDT", 1}, "ringgits": {"MYR", 1},
	"ரூ": {"LKR", 1}, "mao": {"CNY", 0.1}, "jiao": {"CNY", 0.1}, "fen": {"CNY", 0.01}, "元": {"CNY", 1}, "won": {"KRW", 1},
	"dong": {"VND", 1}, "baht": {"THB", 1}, "ringgit": {"MYR", 1}, "rupiah": {"IDR", 1},
	"bitcoin": {"BTC", 1}, "bitcoins": {"BTC", 1},
	"cent": {"USD", 0.01}, "cents": {"USD", 0.01}, "pence": {"GBP", 0.01},
	"penny": {"GBP", 0.01}, "p": {"GBP", 0.01},
	"sen": {"MYR", 0.01}, "dime": {"USD", 0.1}, "dimes": {"USD", 0.1}, "paise": {"INR", 0.01},
	"kopecks": {"RUB", 0.01}, "kopeks": {"RUB", 0.01}, "kobo": {"NGN", 0.01},
}

// moneyNouns after "five-pound" make it money: "a five-pound note".
var moneyNouns = map[string]bool{
	"note": true, "notes": true, "coin": true, "coins": true, "fine": true, "fee": true, "bet": true,
	"prize": true, "voucher": true, "ticket": true, "bill": true, "loan": true, "deal": true,
	"donation": true, "payment": true, "cheque": true, "rise": true, "increase": true, "cut": true,
}

// smallCoins name the coin of an amount written in hundredths (or tenths):
// the figure as written is kept in that unit beside the normalised money.
var smallCoins = map[string]string{
	"cent": "cent", "cents": "cent", "pence": "penny", "penny": "penny", "p": "penny",
	"sen": "sen", "dime": "dime", "dimes": "dime", "paise": "paisa", "kopecks": "kopeck",
	"kopeks": "kopeck", "kobo": "kobo", "mao": "jiao", "jiao": "jiao", "fen": "fen",
}

// currencyQualifiers are nationality words that refine a currency word:
// "Canadian dollars", "Swiss francs".
var currencyQualifiers = map[string]map[string]string{
	"dollar":  {"us": "USD", "u.s.": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD"},
	"franc":   {"swiss": "CHF"},
	"pound":   {"british": "GBP", "egyptian": "EGP"},
	"peso":    {"mexican": "MXN", "argentine": "ARS", "philippine": "PHP", "colombian": "COP", "chilean": "CLP"},
	"rupee":   {"indian": "INR", "pakistani": "PKR"},
	"yuan":    {"chinese": "CNY"},
	"yen":     {"japanese": "JPY"},
	"lira":    {"turkish": "TRY"},
	"real":    {"brazilian": "BRL"},
	"rouble":  {"russian": "RUB"},
	"ruble":   {"russian": "RUB"},
	"riyal":   {"saudi": "SAR"},
	"krona":   {"swedish": "SEK"},
	"krone":   {"norwegian": "NOK", "danish": "DKK"},
	"euro":    {},
	"shekel":  {"israeli": "ILS"},
	"dirham":  {"uae": "AED", "emirati": "AED"},
	"rand":    {"south african": "ZAR"},
	"hryvnia": {"ukrainian": "UAH"},
	"won":     {"korean": "KRW", "south korean": "KRW"},
}

// unitDef is a unit: its canonical symbol, dimension, and the factor and
// offset that take a value to the dimension's base unit.
type unitDef struct {
	symbol    string
	dimension string
	factor    float64
	offset    float64 // for temperatures: base = value*factor + offset
}

// Dimensions and their base units.
var baseUnits = map[string]string{
	"length": "m", "area": "m2", "mass": "kg", "volume": "l", "speed": "m/s",
	"temperature": "°C", "energy": "kWh", "power": "W", "data": "B",
	"flow": "bbl/d", "magnitude": "magnitude", "duration": "day", "age": "year",
	"angle": "°", "volume-flow": "m3/d",
	"data rate": "bit/s", "fuel economy": "mpg", "fuel consumption": "l/100km", "rotation": "rpm",
	"charge": "mAh", "frequency": "Hz", "particle energy": "eV", "absorbed dose": "Gy", "dose": "Sv",
	"mass flow": "t/d", "density": "kg/m3", "index points": "pts", "ratio": "×", "category": "category",
	"frequency of events": "/day",
}

var units = map[string]unitDef{
	"km":        {"km", "length", 1000, 0},
	"m":         {"m", "length", 1, 0},
	"cm":        {"cm", "length", 0.01, 0},
	"mm":        {"mm", "length", 0.001, 0},
	"mi":        {"mi", "length", 1609.344, 0},
	"ft":        {"ft", "length", 0.3048, 0},
	"in":        {"in", "length", 0.0254, 0},
	"yd":        {"yd", "length", 0.9144, 0},
	"nmi":       {"nmi", "length", 1852, 0},
	"pm":        {"pm", "length", 1e-12, 0},
	"dm":        {"dm", "length", 0.1, 0},
	"km2":       {"km2", "area", 1e6, 0},
	"m2":        {"m2", "area", 1, 0},
	"mi2":       {"mi2", "area", 2589988.110336, 0},
	"ft2":       {"ft2", "area", 0.09290304, 0},
	"ha":        {"ha", "area", 1e4, 0},
	"acre":      {"acre", "area", 4046.8564224, 0},
	"t":         {"t", "mass", 1000, 0},
	"kg":        {"kg", "mass", 1, 0},
	"g":         {"g", "mass", 0.001, 0},
	"mg":        {"mg", "mass", 1e-6, 0},
	"µg":        {"µg", "mass", 1e-9, 0},
	"lb":        {"lb", "mass", 0.45359237, 0},
	"oz":        {"oz", "mass", 0.028349523125, 0},
	"st":        {"st", "mass", 6.35029318, 0},
	"ton":       {"ton", "mass", 907.18474, 0},
	"l":         {"l", "volume", 1, 0},
	"ml":        {"ml", "volume", 0.001, 0},
	"gal":       {"gal", "volume", 3.785411784, 0},
	"bbl":       {"bbl", "volume", 158.987294928, 0},
	"m3":        {"m3", "volume", 1000, 0},
	"ft3":       {"ft3", "volume", 28.316846592, 0},
	"cup":       {"cup", "volume", 0.2365882365, 0},
	"tbsp":      {"tbsp", "volume", 0.01478676478125, 0},
	"tsp":       {"tsp", "volume", 0.00492892159375, 0},
	"bbl/d":     {"bbl/d", "flow", 1, 0},
	"km/h":      {"km/h", "speed", 1 / 3.6, 0},
	"mph":       {"mph", "speed", 0.44704, 0},
	"m/s":       {"m/s", "speed", 1, 0},
	"kn":        {"kn", "speed", 1852.0 / 3600, 0},
	"°C":        {"°C", "temperature", 1, 0},
	"°F":        {"°F", "temperature", 5.0 / 9, -160.0 / 9},
	"K":         {"K", "temperature", 1, -273.15},
	"Wh":        {"Wh", "energy", 0.001, 0},
	"kWh":       {"kWh", "energy", 1, 0},
	"MWh":       {"MWh", "energy", 1e3, 0},
	"GWh":       {"GWh", "energy", 1e6, 0},
	"TWh":       {"TWh", "energy", 1e9, 0},
	"W":         {"W", "power", 1, 0},
	"kW":        {"kW", "power", 1e3, 0},
	"MW":        {"MW", "power", 1e6, 0},
	"GW":        {"GW", "power", 1e9, 0},
	"TW":        {"TW", "power", 1e12, 0},
	"hp":        {"hp", "power", 745.7, 0},
	"B":         {"B", "data", 1, 0},
	"KB":        {"KB", "data", 1e3, 0},
	"MB":        {"MB", "data", 1e6, 0},
	"GB":        {"GB", "data", 1e9, 0},
	"TB":        {"TB", "data", 1e12, 0},
	"PB":        {"PB", "data", 1e15, 0},
	"bit":       {"bit", "data", 0.125, 0},
	"Mb":        {"Mb", "data", 1.25e5, 0},
	"Gb":        {"Gb", "data", 1.25e8, 0},
	"magnitude": {"magnitude", "magnitude", 1, 0},
	"°":         {"°", "angle", 1, 0},
	"rad":       {"rad", "angle", 57.29577951308232, 0},
	"turn":      {"turn", "angle", 360, 0},
	"bcm":       {"bcm", "volume", 1e12, 0},
	// Units of science and technology news and of product reviews.
	"nm":      {"nm", "length", 1e-9, 0},
	"µm":      {"µm", "length", 1e-6, 0},
	"am":      {"am", "length", 1e-18, 0}, // attometres: only where "am" is no clock time (2.123 am)
	"km3":     {"km3", "volume", 1e12, 0},
	"cl":      {"cl", "volume", 0.01, 0},
	"EB":      {"EB", "data", 1e18, 0},
	"kbit/s":  {"kbit/s", "data rate", 1e3, 0},
	"Mbit/s":  {"Mbit/s", "data rate", 1e6, 0},
	"Gbit/s":  {"Gbit/s", "data rate", 1e9, 0},
	"mpg":     {"mpg", "fuel economy", 1, 0},
	"l/100km": {"l/100km", "fuel consumption", 1, 0},
	"l/km":    {"l/km", "fuel consumption", 100, 0},
	"rpm":     {"rpm", "rotation", 1, 0},
	"bhp":     {"bhp", "power", 745.7, 0},
	"PS":      {"PS", "power", 735.49875, 0},
	"mAh":     {"mAh", "charge", 1, 0},
	"Ah":      {"Ah", "charge", 1000, 0},
	"Hz":      {"Hz", "frequency", 1, 0},
	"kHz":     {"kHz", "frequency", 1e3, 0},
	"MHz":     {"MHz", "frequency", 1e6, 0},
	"GHz":     {"GHz", "frequency", 1e9, 0},
	"eV":      {"eV", "particle energy", 1, 0},
	"keV":     {"keV", "particle energy", 1e3, 0},
	"MeV":     {"MeV", "particle energy", 1e6, 0},
	"GeV":     {"GeV", "particle energy", 1e9, 0},
	"TeV":     {"TeV", "particle energy", 1e12, 0},
	"Btu":     {"Btu", "energy", 0.00029307107, 0},
	"Gy":      {"Gy", "absorbed dose", 1, 0},
	"mGy":     {"mGy", "absorbed dose", 1e-3, 0},
	"Sv":      {"Sv", "dose", 1, 0},
	"mSv":     {"mSv", "dose", 1e-3, 0},
	"µSv":     {"µSv", "dose", 1e-6, 0},
	"t/d":     {"t/d", "mass flow", 1, 0},
	"kg/m3":   {"kg/m3", "density", 1, 0},
	"g/cm3":   {"g/cm3", "density", 1000, 0},
	"kg/cm3":  {"kg/cm3", "density", 1e6, 0},
	// Points of a stock index ("the Nasdaq lost 180 points"), not
	// percentage points.
	"pts": {"pts", "index points", 1, 0},
	// A multiplier: "a fivefold increase", "10-fold".
	"×": {"×", "ratio", 1, 0},
	// A hurricane's category on the Saffir-Simpson scale, like a magnitude.
	"category": {"category", "category", 1, 0},
	// How often: "four times per week".
	"/hour":  {"/hour", "frequency of events", 24, 0},
	"/day":   {"/day", "frequency of events", 1, 0},
	"/week":  {"/week", "frequency of events", 1.0 / 7, 0},
	"/month": {"/month", "frequency of events", 1 / 30.4375, 0},
	"/year":  {"/year", "frequency of events", 1 / 365.25, 0},
}

// unitWords maps the ways units are written (lower case unless the case
// matters, as for MB and Mb) to canonical symbols. Multi-word units are
// space-separated and matched token by token.
var unitWords = map[string]string{
	"km": "km", "kms": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"m": "m", "t": "t", "l": "l", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
	"mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
	"mile": "mi", "miles": "mi", "mi": "mi",
	"nautical mile": "nmi", "nautical miles": "nmi",
	"foot": "ft", "feet": "ft", "ft": "ft",
	"inch": "in", "inches": "in",
	"yard": "yd", "yards": "yd", "yd": "yd",
	"picometer": "pm", "picometers": "pm", "picometre": "pm", "picometres": "pm",
	"decimeter": "dm", "decimeters": "dm", "decimetre": "dm", "decimetres": "dm",
	"square kilometre": "km2", "square kilometres": "km2", "square kilometer": "km2", "square kilometers": "km2",
	"sq km": "km2", "km2": "km2", "km²": "km2", "sq. km": "km2",
	"square metre": "m2", "square metres": "m2", "square meter": "m2", "square meters": "m2",
	"sq m": "m2", "m2": "m2", "m²": "m2",
	"square mile": "mi2", "square miles": "mi2", "sq mi": "mi2", "sq miles": "mi2",
	"square foot": "ft2", "square feet": "ft2", "sq ft": "ft2",
	"hectare": "ha", "hectares": "ha", "ha": "ha",
	"acre": "acre", "acres": "acre",
	"tonne": "t", "tonnes": "t", "metric ton": "t", "metric tons": "t", "metric tonnes": "t",
	"ton": "t", "tons": "t",
	"kg": "kg", "kgs": "kg", "kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg", "kilo": "kg", "kilos": "kg",
	"gram": "g", "grams": "g", "gramme": "g", "grammes": "g", "g": "g",
	"mg": "mg", "milligram": "mg", "milligrams": "mg",
	"microgram": "µg", "micrograms": "µg", "µg": "µg", "mcg": "µg", "μg": "µg", "microgramme": "µg", "microgrammes": "µg",
	"μm": "µm", "dm": "dm", "rad": "rad",
	"lb": "lb", "lbs": "lb", "pound": "lb", "pounds": "lb",
	"ounce": "oz", "ounces": "oz", "oz": "oz",
	"stone": "st",
	"litre": "l", "litres": "l", "liter": "l", "liters": "l",
	"ml": "ml", "millilitre": "ml", "millilitres": "ml", "milliliter": "ml", "milliliters": "ml",
	"gallon": "gal", "gallons": "gal", "gal": "gal",
	"barrel": "bbl", "barrels": "bbl", "bbl": "bbl",
	"barrels a day": "bbl/d", "barrels per day": "bbl/d", "barrels of oil a day": "bbl/d",
	"barrels of oil per day": "bbl/d", "bpd": "bbl/d", "b/d": "bbl/d",
	"cubic metre": "m3", "cubic metres": "m3", "cubic meter": "m3", "cubic meters": "m3", "m3": "m3", "m³": "m3",
	"cubic foot": "ft3", "cubic feet": "ft3",
	"billion cubic metres": "bcm", "billion cubic meters": "bcm", "bcm": "bcm",
	"cup": "cup", "cups": "cup", "tablespoon": "tbsp", "tablespoons": "tbsp", "teaspoon": "tsp", "teaspoons": "tsp",
	"km/h": "km/h", "kmh": "km/h", "kph": "km/h", "kilometres per hour": "km/h", "kilometers per hour": "km/h",
	"kilometres an hour": "km/h", "kilometers an hour": "km/h", "km per hour": "km/h", "km an hour": "km/h",
	"mph": "mph", "miles per hour": "mph", "miles an hour": "mph", "mile per hour": "mph",
	"m/s": "m/s", "metres per second": "m/s", "meters per second": "m/s",
	"knot": "kn", "knots": "kn",
	"°c": "°C", "°f": "°F", "c": "°C", "f": "°F",
	"degrees celsius": "°C", "degree celsius": "°C", "celsius": "°C", "centigrade": "°C", "degrees centigrade": "°C",
	"celcius": "°C", "degrees celcius": "°C", "centigrate": "°C", "deg c": "°C", "deg celsius": "°C", "deg. c": "°C",
	"farenheit": "°F", "degrees farenheit": "°F", "deg f": "°F", "deg fahrenheit": "°F", "deg": "°", "deg.": "°",
	"kmph": "km/h", "km/hr": "km/h", "kilometres/hour": "km/h", "kilometers/hour": "km/h", "mi/h": "mph", "miles/hour": "mph",
	"degrees c": "°C", "degrees fahrenheit": "°F", "degree fahrenheit": "°F", "fahrenheit": "°F", "degrees f": "°F",
	"kelvin": "K", "K": "K",
	"kwh": "kWh", "kilowatt-hour": "kWh", "kilowatt-hours": "kWh", "kilowatt hours": "kWh", "kilowatt hour": "kWh",
	"mwh": "MWh", "megawatt-hours": "MWh", "megawatt hours": "MWh", "gwh": "GWh", "gigawatt-hours": "GWh", "gigawatt hours": "GWh",
	"twh": "TWh", "terawatt-hours": "TWh", "terawatt hours": "TWh",
	"watt": "W", "watts": "W", "kw": "kW", "kilowatt": "kW", "kilowatts": "kW",
	"mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW", "gigawatts": "GW",
	"tw": "TW", "terawatt": "TW", "terawatts": "TW", "horsepower": "hp", "hp": "hp",
	"byte": "B", "bytes": "B", "kb": "KB", "kilobyte": "KB", "kilobytes": "KB",
	"megabyte": "MB", "megabytes": "MB", "gigabyte": "GB", "gigabytes": "GB",
	"terabyte": "TB", "terabytes": "TB", "petabyte": "PB", "petabytes": "PB",
	"MB": "MB", "GB": "GB", "TB": "TB", "PB": "PB", "Mb": "Mb", "Gb": "Gb",
	"megabit": "Mb", "megabits": "Mb", "gigabit": "Gb", "gigabits": "Gb", "bit": "bit", "bits": "bit",
	"degrees": "°", "degree": "°", "radian": "rad", "radians": "rad", "turn": "turn", "turns": "turn",
	"nm": "nm", "nanometre": "nm", "nanometres": "nm", "nanometer": "nm", "nanometers": "nm",
	"µm": "µm", "micron": "µm", "microns": "µm", "micrometre": "µm", "micrometres": "µm", "micrometer": "µm", "micrometers": "µm",
	"km3": "km3", "km³": "km3", "cubic kilometre": "km3", "cubic kilometres": "km3", "cubic kilometer": "km3", "cubic kilometers": "km3",
	"cl": "cl", "centilitre": "cl", "centilitres": "cl", "centiliter": "cl", "centiliters": "cl",
	"EB": "EB", "exabyte": "EB", "exabytes": "EB",
	"kbps": "kbit/s", "kb/s": "kbit/s", "kbit/s": "kbit/s", "kb per second": "kbit/s", "kilobits per second": "kbit/s",
	"mbps": "Mbit/s", "mbit/s": "Mbit/s", "megabits per second": "Mbit/s",
	"gbps": "Gbit/s", "gbit/s": "Gbit/s", "gigabits per second": "Gbit/s",
	"mpg": "mpg", "miles per gallon": "mpg", "l/km": "l/km",
	"rpm": "rpm", "revs per minute": "rpm", "revolutions per minute": "rpm",
	"bhp": "bhp", "brake horsepower": "bhp", "PS": "PS",
	"mah": "mAh", "milliamp hours": "mAh", "milliamp-hours": "mAh", "Ah": "Ah",
	"hz": "Hz", "hertz": "Hz", "khz": "kHz", "kilohertz": "kHz", "mhz": "MHz", "megahertz": "MHz",
	"ghz": "GHz", "gigahertz": "GHz",
	"ev": "eV", "electronvolt": "eV", "electronvolts": "eV", "electron volts": "eV",
	"kev": "keV", "mev": "MeV", "gev": "GeV", "tev": "TeV", "teraelectronvolts": "TeV", "gigaelectronvolts": "GeV",
	"btu": "Btu", "btus": "Btu", "british thermal unit": "Btu", "british thermal units": "Btu",
	"gy": "Gy", "mgy": "mGy", "sv": "Sv", "sievert": "Sv", "sieverts": "Sv",
	"msv": "mSv", "millisievert": "mSv", "millisieverts": "mSv", "µsv": "µSv", "microsievert": "µSv", "microsieverts": "µSv",
	"tpd": "t/d", "tonnes per day": "t/d", "tonnes a day": "t/d", "tons per day": "t/d",
	"kg/m3": "kg/m3", "kg/m³": "kg/m3", "g/cm3": "g/cm3", "g/cm³": "g/cm3", "kg/cm3": "kg/cm3", "kg/cm³": "kg/cm3",
	"wh": "Wh", "tbsp": "tbsp", "tsp": "tsp", "b": "bit", "pm": "pm", "am": "am",
	"times per week": "/week", "times a week": "/week", "times per day": "/day", "times a day": "/day",
	"times per year": "/year", "times a year": "/year", "times per month": "/month", "times a month": "/month",
	"times per hour": "/hour", "times an hour": "/hour",
}

// durationUnits are the words for spans of time and their canonical units;
// unitDays (units.go) converts each to days.
var durationUnits = map[string]string{
	"year": "year", "years": "year", "yr": "year", "yrs": "year",
	"month": "month", "months": "month",
	"week": "week", "weeks": "week",
	"day": "day", "days": "day",
	"hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
	"minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
	"second": "second", "seconds": "second",
	"decade": "decade", "decades": "decade",
	"century": "century", "centuries": "century",
}

// spanYears are the spans of many years and the years in each: a duration
// in them is given in years ("three decades": 30 years, "more than a
// century": more than 100), as GOLD.md's units of time are.
var spanYears = map[string]float64{"decade": 10, "century": 100}

// percentWords follow a number to make it a percent, with their unit.
var percentWords = []struct {
	words []string
	unit  string
}{
	{[]string{"percentage", "points"}, "pp"},
	{[]string{"percentage", "point"}, "pp"},
	{[]string{"percent", "points"}, "pp"},
	{[]string{"per", "cent", "points"}, "pp"},
	{[]string{"pp"}, "pp"},
	{[]string{"ppt"}, "pp"},
	{[]string{"ppts"}, "pp"},
	{[]string{"points"}, "pp"}, // only after a percent context, see percentRule
	{[]string{"basis", "points"}, "bp"},
	{[]string{"basis", "point"}, "bp"},
	{[]string{"bps"}, "bp"},
	{[]string{"bp"}, "bp"},
	{[]string{"per", "cent"}, "%"},
	{[]string{"percent"}, "%"},
	{[]string{"pct"}, "%"},
	{[]string{"pc"}, "%"}, // only against the figure ("3pc"), see percentRule
	{[]string{"%"}, "%"},
}

// Events: the canonical event words and their spellings. A multi-word key
// is matched token by token.
var eventWords = map[string]string{
	"killed": "killed", "kills": "killed", "killing": "killed", "kill": "killed",
	"dead": "killed", "died": "killed", "die": "killed", "dying": "killed",
	"deaths": "killed", "death": "killed", "death toll": "killed", "toll": "killed",
	"fatalities": "killed", "fatality": "killed", "lives": "killed", "lost their lives": "killed",
	"perished": "killed", "slain": "killed", "perish": "killed", "perishing": "killed",
	"martyred": "killed", "martyring": "killed", // South Asian and Middle Eastern usage
	"injured": "injured", "injuring": "injured", "injuries": "injured", "wounded": "injured",
	"wounding": "injured", "hurt": "injured", "injures": "injured", "injury": "injured",
	"survived with injuries": "injured", "suffered injuries": "injured",
	"missing": "missing", "unaccounted": "missing", "unaccounted for": "missing",
	"intercepted": "shot down", "shot down": "shot down", "downed": "shot down",
	"intercept": "shot down", "intercepts": "shot down", "shoot down": "shot down", "shoots down": "shot down",
	"injure": "injured", "wound": "injured", "arrest": "arrested", "detain": "arrested",
	"detains": "arrested", "evacuate": "evacuated", "evacuates": "evacuated", "rescue": "rescued",
	"displace": "displaced", "displaces": "displaced", "launch": "launched",
	"intercepting": "shot down", "shooting down": "shot down", "neutralised": "shot down",
	"neutralized": "shot down",
	"launched":    "launched", "fired": "launched", "launching": "launched", "firing": "launched",
	"arrested": "arrested", "detained": "arrested", "arresting": "arrested", "arrests": "arrested",
	"detaining": "arrested",
	"displaced": "displaced", "fled": "displaced", "forced from their homes": "displaced",
	"fled their homes": "displaced", "displacing": "displaced", "flee": "displaced", "flees": "displaced",
	"fleeing":   "displaced",
	"evacuated": "evacuated", "evacuating": "evacuated", "evacuation": "evacuated",
	"under evacuation order": "evacuated", "under evacuation orders": "evacuated", "ordered to leave": "evacuated",
	"ordered to evacuate": "evacuated",
	"rescued":             "rescued", "rescuing": "rescued", "saved": "rescued", "pulled alive": "rescued", "pulled out alive": "rescued",
	"brought out alive": "rescued", "dug out alive": "rescued",
	"hospitalised": "hospitalised", "hospitalized": "hospitalised",
	"admitted to hospital": "hospitalised", "hospitalisations": "hospitalised",
	"hospitalizations": "hospitalised",
	"derailed":         "derailed", "overturned": "derailed", "left the track": "derailed", "came off the rails": "derailed",
	"destroyed": "destroyed", "destroying": "destroyed", "damaged": "damaged", "damaging": "damaged",
	"destroyed or damaged": "damaged or destroyed", "damaged or destroyed": "damaged or destroyed",
	"razed": "destroyed", "incinerated": "destroyed", "incinerating": "destroyed", "gutted": "destroyed",
	"burned to the ground": "destroyed", "burnt to the ground": "destroyed",
	"threatened": "threatened", "under threat": "threatened",
	"delivered": "delivered", "delivering": "delivered", "produced": "produced", "producing": "produced",
	"infected": "infected", "contracted": "infected",
	"tested positive": "infected", "testing positive": "infected", "diagnosed": "infected",
	"captured": "captured", "taken hostage": "hostages", "hostages": "hostages",
	"released": "released", "freed": "released",
	"sentenced": "sentenced", "convicted": "convicted", "charged": "charged",
	"vaccinated": "vaccinated", "affected": "affected",
	"quarantined": "quarantined", "in quarantine": "quarantined", "under quarantine": "quarantined",
	"in isolation": "quarantined", "isolated": "quarantined", "self-isolating": "quarantined",
}

// sectorWords head a phrase after "in" that says which part of an economy
// a measure is of, not where: "inflation in the services sector" is
// services inflation, another figure than food inflation.
var sectorWords = map[string]bool{"sector": true, "sectors": true, "industry": true, "industries": true}

// personEvents are the nouns of people that name what befell them: the
// count of them has that event ("15,800 evacuees" are people evacuated),
// and the noun stays the subject.
var personEvents = map[string]string{
	"evacuees": "evacuated", "evacuee": "evacuated", "detainees": "arrested", "detainee": "arrested",
}

// peopleEvents are events that, with no counted noun, count people.
var peopleEvents = map[string]bool{
	"killed": true, "injured": true, "missing": true, "arrested": true, "displaced": true,
	"evacuated": true, "rescued": true, "hospitalised": true, "infected": true,
	"vaccinated": true, "sentenced": true, "convicted": true,
	"charged": true, "affected": true, "released": true, "quarantined": true,
}

// canonicalEvents are the events of GOLD.md that a subject carries wherever
// the clause names them ("180 people on board have died"); any other event
// word ("destroyed", "freed") is added only when it stands by the noun.
var canonicalEvents = map[string]bool{
	"killed": true, "injured": true, "missing": true, "shot down": true, "launched": true,
	"arrested": true, "displaced": true, "evacuated": true, "rescued": true, "hospitalised": true,
	"quarantined": true,
}

// eventNouns name an event as a noun ("420 deaths", "the toll"): later in
// a clause they are another figure's, not the verb of the clause's subject.
var eventNouns = map[string]bool{
	"deaths": true, "death": true, "fatalities": true, "fatality": true, "injuries": true,
	"arrests": true, "toll": true, "death toll": true, "evacuation": true, "lives": true,
	"hospitalisations": true, "hospitalizations": true, "hostages": true,
}

// severityWords say how bad an event counted by its noun was ("12 minor
// injuries", "one major casualty"), and, though WordNet knows some as nouns
// (a minor, a major), name nobody the event befell.
var severityWords = map[string]bool{
	"minor": true, "major": true, "serious": true, "severe": true, "critical": true, "light": true,
	"fatal": true, "grave": true, "life-threatening": true, "non-life-threatening": true,
}

// clauseBreaks end the clause a figure is the subject of: what follows has
// a subject of its own ("12 people died when a bomb exploded").
var clauseBreaks = map[string]bool{
	";": true, ":": true, "(": true, ")": true, "\"": true, "—": true, "but": true, "when": true,
	"while": true, "because": true, "although": true, "though": true, "whereas": true,
	"after": true, "before": true, "if": true, "unless": true, "until": true, "said": true,
	"says": true, "say": true, "told": true, "according": true, "whether": true,
}

// sizeNouns before "of" and a figure name an amount, not what is counted:
// "a total of 40", "a maximum of 12".
var sizeNouns = map[string]bool{
	"total": true, "maximum": true, "minimum": true, "average": true, "number": true,
	"majority": true, "tally": true, "sum": true, "count": true, "figure": true, "toll": true,
	"record": true, "high": true, "low": true, "peak": true, "height": true, "depth": true,
	"value": true, "score": true, "rate": true, "level": true, "estimate": true, "increase": true,
	"rise": true, "fall": true, "drop": true, "loss": true, "gain": true, "age": true,
	"median": true, "mean": true,
}

// ofPhraseNouns are counted nouns that name their kind in an of-phrase:
// "rounds of ammunition", "counts of fraud" ("members" names its body only
// sometimes: "nine members of the committee" counts members).
var ofPhraseNouns = map[string]bool{
	"rounds": true, "counts": true, "cups": true, "cases": true, "bottles": true,
	"pieces": true, "bags": true, "boxes": true, "crates": true, "sacks": true, "units": true,
	"kinds": true, "types": true, "species": true, "head": true, "pairs": true,
	"sets": true, "packs": true, "sales": true, "items": true, "acts": true, "charges": true,
}

// strayWords never name what a figure measures, though they stand where
// its noun would: "the highest being magnitude 4.8", "the largest so far
// was", "a new record of $102", "due to", "in their history".
var strayWords = map[string]bool{
	"highest": true, "largest": true, "biggest": true, "lowest": true, "smallest": true,
	"strongest": true, "latest": true, "worst": true, "best": true, "far": true, "due": true,
	"record": true, "all-time": true, "time": true, "new": true, "history": true, "below": true,
	"above": true, "nationwide": true, "underground": true, "overall": true, "most": true,
	"least": true, "much": true, "many": true, "current": true, "magnitude": true, "richter": true,
}

// placeWords after a distance make it say where something is: "40 km north
// of", "two miles from", "12 km away", "a mile offshore".
var placeWords = map[string]bool{
	"north": true, "south": true, "east": true, "west": true, "northeast": true, "northwest": true,
	"southeast": true, "southwest": true, "north-east": true, "north-west": true, "south-east": true,
	"south-west": true, "from": true, "away": true, "offshore": true, "inland": true,
	"underground": true, "upstream": true, "downstream": true, "outside": true,
}

// headlineVerbs end a noun phrase after a singular noun: a headline's verb
// ("earthquake strikes central Italy", "jet with 170 aboard crashes").
var headlineVerbs = map[string]bool{
	"strikes": true, "hits": true, "rocks": true, "jolts": true, "shakes": true, "crashes": true,
	"kills": true, "nears": true, "passes": true, "tops": true, "reaches": true, "leaves": true,
	"derails": true, "sinks": true, "spreads": true, "threatens": true, "forces": true,
	"sparks": true, "destroys": true, "damages": true, "batters": true, "lashes": true,
	"slams": true, "injures": true, "sets": true, "breaks": true, "rises": true, "falls": true,
}

// priceVerbs move a price to a level; priceParticles go with them
// ("soared past", "rose to", "peaked at").
var (
	priceVerbs = map[string]bool{
		"passes": true, "passed": true, "passing": true, "soared": true, "soaring": true, "rose": true,
		"risen": true, "rising": true, "climbed": true, "jumped": true, "surged": true, "topped": true,
		"topping": true, "crossed": true, "crossing": true, "breached": true, "broke": true, "hit": true,
		"hitting": true, "reached": true, "reaching": true, "touched": true, "touching": true, "peaked": true,
		"peaking": true, "closed": true, "closing": true, "traded": true, "trading": true, "settled": true,
		"fell": true, "dropped": true, "sank": true, "slid": true, "tumbled": true, "ended": true,
		"opened": true, "stood": true, "stands": true, "rises": true, "falls": true, "tops": true,
		"hits": true, "reaches": true, "nears": true, "breaks": true,
	}
	priceParticles = map[string]bool{
		"past": true, "at": true, "to": true, "of": true, "above": true, "over": true, "beyond": true,
		"through": true, "around": true, "near": true, "high": true, "low": true, "also": true,
		"briefly": true, "just": true, "as": true, "much": true,
	}
)

// boardWords after a bare count say it counts the people on a vehicle:
// "a plane with 121 on board".
var boardWords = map[string]bool{"aboard": true, "onboard": true, "on board": true}

// compoundCountNouns qualify the noun after them when a count stands before
// them without a hyphen: "a ten seat majority", "a three storey building".
var compoundCountNouns = map[string]bool{
	"seat": true, "storey": true, "story": true, "floor": true, "car": true, "carriage": true,
	"coach": true, "bed": true, "room": true, "lane": true, "man": true,
	"person": true, "nation": true, "party": true, "page": true, "point": true, "vehicle": true,
	"train": true, "engine": true, "game": true, "match": true,
}

// changeWords mark a figure as a change: "rose 3%", "fell to 31".
var changeWords = map[string]string{
	"rose": "up", "rise": "up", "rises": "up", "risen": "up", "rising": "up",
	"increased": "up", "increase": "up", "increases": "up", "increasing": "up",
	"grew": "up", "grow": "up", "grows": "up", "grown": "up", "growing": "up",
	"climbed": "up", "climb": "up", "climbs": "up", "climbing": "up",
	"jumped": "up", "jump": "up", "jumps": "up", "jumping": "up",
	"soared": "up", "soar": "up", "soaring": "up", "surged": "up", "surge": "up", "surging": "up",
	"gained": "up", "gain": "up", "gains": "up", "raised": "up", "raise": "up", "raising": "up",
	"raises": "up", "lifts": "up", "lifted": "up", "hikes": "up", "boosts": "up",
	"widened": "up", "widening": "up", "expanded": "up", "improved": "up", "narrowed": "down",
	"narrowing": "down", "lowers": "down", "trims": "down", "trimmed": "down", "slashes": "down", "slashed": "down", "eases": "down",
	"up": "up", "higher": "up", "hike": "up", "hiked": "up", "boosted": "up", "rebounded": "up",
	"swelled": "up", "doubled": "up", "tripled": "up", "spiked": "up", "advanced": "up",
	"fell": "down", "fall": "down", "falls": "down", "fallen": "down", "falling": "down",
	"dropped": "down", "drop": "down", "drops": "down", "dropping": "down",
	"declined": "down", "decline": "down", "declines": "down", "declining": "down",
	"decreased": "down", "decrease": "down", "decreases": "down", "decreasing": "down",
	"slid": "down", "slide": "down", "slipped": "down", "slumped": "down", "slump": "down",
	"plunged": "down", "plunge": "down", "plummeted": "down", "tumbled": "down", "sank": "down",
	"shrank": "down", "shrunk": "down", "contracted": "down", "cut": "down", "cuts": "down",
	"cutting": "down", "lowered": "down", "reduced": "down", "down": "down", "lower": "down",
	"eased": "down", "dipped": "down", "dip": "down", "lost": "down", "losses": "down",
	"retreated": "down", "halved": "down",
	"slowed": "down", "slows": "down", "slowing": "down", "cooled": "down", "cools": "down",
	"moderated": "down", "softened": "down", "accelerated": "up", "accelerates": "up",
	"quickened": "up", "gaining": "up", "losing": "down", "added": "up", "adding": "up",
	"recovered": "up", "upwards": "up", "upward": "up", "downwards": "down", "downward": "down",
	// headlines' present tense: "Japan's economy expands at annualised 1.6%"
	"expands": "up", "expand": "up", "expanding": "up", "soars": "up", "surges": "up", "rebounds": "up",
	"widens": "up", "plunges": "down", "slips": "down", "slides": "down", "dips": "down", "tumbles": "down",
	"sinks": "down", "shrinks": "down", "shrinking": "down", "slumps": "down", "narrows": "down",
}

// months and weekdays for dates.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
	"sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
}

// datePrepositions before a four-digit number make it a year.
var datePrepositions = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "from": true,
	"during": true, "before": true, "after": true, "of": true, "early": true, "late": true,
	"mid": true, "between": true, "through": true, "to": true, "and": true, "the": true,
	"fiscal": true, "year": true, "summer": true, "winter": true, "spring": true, "autumn": true,
	"fall": true, "election": true, "season": true, "around": true, "circa": true, "c.": true,
	"on": true, "last": true, "its": true,
}

// nameWords before a number make it part of a name, not a figure:
// "Article 5", "No. 10", "Resolution 2231", "Boeing 737".
var nameWords = map[string]bool{
	"article": true, "no": true, "no.": true, "nos": true, "number": true, "resolution": true,
	"route": true, "boeing": true, "airbus": true, "flight": true, "room": true, "chapter": true,
	"section": true, "paragraph": true, "clause": true, "highway": true, "interstate": true,
	"platform": true, "gate": true, "terminal": true, "level": true, "phase": true,
	"model": true, "version": true, "windows": true, "iphone": true, "galaxy": true,
	"apollo": true, "falcon": true, "starship": true, "ariane": true, "vulcan": true, "artemis": true, "soyuz": true, "page": true, "pages": true, "vol": true,
	"volume": true, "act": true, "bill": true, "amendment": true, "episode": true, "season": true,
	"psalm": true, "rule": true, "form": true, "line": true, "bus": true, "unit": true,
	"ward": true, "block": true, "lot": true, "exit": true, "pier": true, "berth": true,
	"tu": true, "su": true, "mig": true, "il": true, "kh": true, "s": true,
	"nikkei": true, "dax": true, "cac": true, "hang": true, "sensex": true, "nifty": true, "kospi": true,
	"covid": true, "sars": true, "mh": true, "un": true, "cop": true, "brigade": true,
	"regiment": true, "division": true, "battalion": true, "squad": true, "district": true,
	"precinct": true, "channel": true, "studio": true, "rank": true, "ranked": true, "grade": true,
}

// classWords before a number name a class in lower case too: "type 2
// poliovirus", "common equity tier 1 ratio", "a phase 3 trial", "stage 4
// cancer", where no plural follows it ("at this stage 40 people"). (Other name words name only with their
// capital: "passed the bill 220-210" is a vote.)
var classWords = map[string]bool{"type": true, "tier": true, "phase": true, "stage": true, "grade": true}

// nameBrands before a number make it a product's name in any case:
// "iPhone 15", "Galaxy 24", "Pixel 8", "Xbox 360".
var nameBrands = map[string]bool{
	"iphone": true, "ipad": true, "ipod": true, "macbook": true, "imac": true, "pixel": true,
	"galaxy": true, "xbox": true, "playstation": true, "ps": true, "windows": true, "macos": true,
	"ios": true, "android": true, "watchos": true, "kindle": true, "surface": true, "thinkpad": true,
	"xperia": true, "oneplus": true, "redmi": true, "lumia": true, "nokia": true, "mazda": true,
	"peugeot": true, "audi": true, "bmw": true, "volvo": true, "cessna": true, "embraer": true,
	"bombardier": true, "sukhoi": true, "tupolev": true, "ilyushin": true, "antonov": true,
}

// indexNames before a number make it a stock index's name: "Nikkei 225",
// "CAC 40", "FTSE 100", "Euro Stoxx 50".
var indexNames = map[string]bool{
	"nikkei": true, "cac": true, "ftse": true, "dax": true, "stoxx": true, "asx": true, "kospi": true,
	"nifty": true, "sensex": true, "russell": true, "topix": true, "ibex": true, "mib": true,
	"smi": true, "aex": true, "omx": true, "mdax": true, "tecdax": true, "sti": true, "klci": true,
}

// clubNames before a number make it a football club's name: "Hannover
// 96", "Darmstadt 98" (the leading-zero years, Schalke 04, need no list).
var clubNames = map[string]bool{
	"hannover": true, "darmstadt": true, "schalke": true, "mainz": true, "paderborn": true,
	"hoffenheim": true, "bayer": true, "ingolstadt": true, "elversberg": true, "homburg": true,
	"offenbach": true, "meppen": true, "havelse": true, "babelsberg": true, "jena": true,
}

// modelSuffixes after a number (capitalised) make it a model's name:
// "iPhone 15 Plus", "the 911 Turbo", "F-150 Lightning", "Galaxy 24 Ultra".
var modelSuffixes = map[string]bool{
	"plus": true, "pro": true, "max": true, "ultra": true, "mini": true, "turbo": true,
	"lightning": true, "gt": true, "gti": true, "gts": true, "lite": true, "fold": true, "flip": true,
	"edge": true, "neo": true, "se": true, "xl": true, "xs": true, "coupe": true, "cabriolet": true,
	"spyder": true, "carrera": true, "targa": true, "raptor": true, "dreamliner": true,
}

// streetWords after a number and a capitalised name mark a house number.
var streetWords = map[string]bool{
	"street": true, "st": true, "road": true, "rd": true, "avenue": true, "ave": true,
	"lane": true, "boulevard": true, "blvd": true, "drive": true, "place": true, "square": true,
	"terrace": true, "way": true, "route": true, "highway": true, "close": true, "crescent": true, "court": true, "strasse": true,
	"plaza": true, "parade": true, "row": true, "mews": true, "quay": true, "wharf": true, "circus": true,
	"gardens": true, "alley": true, "walk": true, "embankment": true, "broadway": true,
}

// scoreWords near "3-1" mark a score rather than a range.
var scoreWords = map[string]bool{
	"win": true, "won": true, "victory": true, "defeat": true, "defeated": true, "beat": true,
	"beating": true, "lost": true, "loss": true, "draw": true, "drew": true, "lead": true,
	"led": true, "scoreline": true, "score": true, "thrashing": true, "triumph": true,
	"home": true, "away": true, "final": true, "match": true, "game": true, "goals": true,
}

// tallyWords near two whole numbers make them a vote's tally, the side for
// and the side against, rather than a range or a match score: "ruled 7-2",
// "a 6-3 decision", "voted 312-290", "carried the measure 54 to 46", "the
// vote was 7-2", "rejected the bill 210-220" (markTallies).
var tallyWords = map[string]bool{
	"vote": true, "votes": true, "voted": true, "voting": true, "ballot": true, "division": true,
	"ruling": true, "ruled": true, "decision": true, "verdict": true, "split": true,
	"majority": true, "margin": true, "passed": true, "carried": true, "approved": true,
	"adopted": true, "backed": true, "rejected": true, "defeated": true, "confirmed": true,
	"upheld": true, "overturned": true, "endorsed": true, "struck": true,
}

// voteNouns name a vote as a noun: "a vote of 10-3", "Vote: 9-4". Joined
// to a tally that way they say it is one whatever follows it ("by a vote
// of 10-3 leaves the libraries short").
var voteNouns = map[string]bool{
	"vote": true, "ballot": true, "division": true, "ruling": true, "decision": true,
	"verdict": true, "split": true, "tally": true,
}

// tallyNouns may stand between a tally's two sides and name what both
// count: "312 votes to 290", "54 senators to 46".
var tallyNouns = map[string]bool{
	"votes": true, "ballots": true, "senators": true, "justices": true, "judges": true,
	"magistrates": true, "members": true, "mps": true, "lawmakers": true, "delegates": true,
	"councillors": true, "councilors": true, "jurors": true,
}

// tallyAgainst after a count in a sentence about a vote names the side it
// counts: "141 in favour, 5 against" ("in favour" is read as two words).
var tallyAgainst = map[string]bool{"against": true, "opposed": true, "nay": true, "nays": true}

// voteSides are the sides of a referendum in their written forms, each
// with its canonical scope: "55% for Yes", "Some 45% voted No", "'no'
// 60.59", "the Yes campaign" (sideAt).
var voteSides = map[string]string{"yes": "yes", "no": "no"}

// sideNouns after a side word name the side itself: "the No side", "the
// Yes campaign", "60 per cent for the No vote", "the 'yes' case".
var sideNouns = map[string]bool{
	"side": true, "camp": true, "campaign": true, "vote": true, "votes": true, "case": true,
	"option": true, "ballot": true, "ballots": true,
}

// sideLeads after a share lead to the side it went to: "55% for Yes",
// "45% voted No", "44.97 per cent voting \"yes\"", "64 per cent vote for
// No", "opted for No".
var sideLeads = map[string]bool{
	"for": true, "voted": true, "voting": true, "vote": true, "votes": true, "backed": true,
	"backing": true, "chose": true, "choosing": true, "opted": true, "picked": true,
}

// sideVerbs stand between a side, or a candidate or party, and the share
// it won: "The No side won 55%", "The Yes campaign took 45%", "Sheinbaum
// won 59.8%", "Lai took 40.2 percent".
var sideVerbs = map[string]bool{
	"won": true, "wins": true, "took": true, "takes": true, "got": true, "gets": true,
	"secured": true, "secures": true, "received": true, "receives": true, "garnered": true,
	"garners": true, "polled": true, "polls": true, "obtained": true, "captured": true,
	"drew": true, "attracted": true, "scored": true,
}

// sideCopulas stand between a side and where its share stands: "the
// \"no\" was at 55.43 per cent", "the Yes vote stood at 45%".
var sideCopulas = map[string]bool{
	"was": true, "is": true, "stood": true, "stands": true, "sat": true, "remained": true,
}

// majorityWords before "of" make the count after them a vote's majority,
// not what is counted: "a majority of 22", "a margin of 14 votes".
var majorityWords = map[string]bool{"majority": true, "margin": true}

// Words that say a figure was given before and has been superseded, so
// that it is about an earlier time (Time "earlier", earlierFigure): "not
// 19 as first reported", "police initially said 15", "an earlier toll of
// 12", "2.1% in the first estimate", "Earlier, police had spoken of eight".
var (
	// earlierAdverbs say when a figure was given, beside a verb of saying.
	earlierAdverbs = map[string]bool{
		"earlier": true, "previously": true, "initially": true, "originally": true, "first": true,
	}
	// earlierAdjectives name an earlier figure with earlierNouns.
	earlierAdjectives = map[string]bool{
		"earlier": true, "previous": true, "initial": true, "original": true, "first": true, "prior": true,
	}
	// earlierNouns are the figures a report gives and later revises.
	earlierNouns = map[string]bool{
		"toll": true, "figure": true, "figures": true, "estimate": true, "estimates": true,
		"count": true, "tally": true, "reading": true, "report": true, "reports": true,
		"number": true, "total": true, "assessment": true,
	}
	// earlierVerbs are verbs of saying an earlier figure was given with,
	// besides sourceVerbs: "had spoken of eight", "first thought".
	earlierVerbs = map[string]bool{
		"spoken": true, "spoke": true, "thought": true, "feared": true, "believed": true,
		"given": true, "gave": true, "cited": true, "published": true, "released": true,
	}
	// earlierGapWords may stand between an earlier figure's noun and the
	// figure: "an earlier toll of 12", "the previous estimate was 40", "the
	// initial count had put it at 40".
	earlierGapWords = map[string]bool{
		"of": true, "at": true, "was": true, "were": true, "had": true, "been": true, "stood": true,
		"put": true, "it": true, "as": true, "given": true,
	}
	// earlierOpenerTimeWords follow an opening "Earlier" to name when:
	// "Earlier in the day", "Earlier on Monday", "Earlier this week".
	earlierOpenerTimeWords = map[string]bool{"in": true, "on": true, "this": true, "that": true}
	// earlierContrasts before a figure set it against the current one:
	// "not 19 as first reported", "rather than 19", "up from 19".
	earlierContrasts = map[string]bool{"not": true, "than": true, "from": true, "of": true}
)

// timeWords after a number make it a clock time: "3pm", "10.30 a.m.".
var timeWords = map[string]bool{
	"am": true, "pm": true, "a.m.": true, "p.m.": true, "a.m": true, "p.m": true,
	"gmt": true, "utc": true, "bst": true, "cet": true, "est": true, "edt": true, "pst": true,
	"o'clock": true,
}

// clockZones are the time zones written after a time of day, by their
// normal form.
var clockZones = map[string]string{
	"gmt": "GMT", "utc": "UTC", "bst": "BST", "cet": "CET", "cest": "CEST", "est": "EST",
	"edt": "EDT", "et": "ET", "pst": "PST", "pdt": "PDT", "ist": "IST", "jst": "JST",
	"aedt": "AEDT", "aest": "AEST",
}

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true, "col": true,
	"lt": true, "sgt": true, "capt": true, "cpt": true, "maj": true, "adm": true, "gov": true,
	"sen": true, "rep": true, "rev": true, "st": true, "jr": true, "sr": true, "no": true,
	"nos": true, "vs": true, "v": true, "etc": true, "inc": true, "ltd": true, "co": true,
	"corp": true, "plc": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"approx": true, "est": true, "fig": true, "vol": true, "pp": true, "ca": true, "c": true,
	"e.g": true, "i.e": true, "u.s": true, "u.k": true, "u.n": true, "a.m": true, "p.m": true,
	"mt": true, "ft": true, "pres": true, "supt": true, "insp": true, "det": true, "cllr": true,
	"hon": true, "sq": true,
}

// determiners are skipped at the start of a subject.
var determiners = map[string]bool{
	"the": true, "a": true, "an": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "your": true, "my": true, "this": true, "that": true, "these": true,
	"those": true, "all": true, "some": true, "each": true, "every": true, "such": true,
	"them": true, "which": true, "whom": true, "those of": true,
}

// subjectStops end a noun phrase: function words, auxiliaries, common verbs.
var subjectStops = map[string]bool{
	"of": true, "versus": true, "vs": true, "in": true, "on": true, "at": true, "to": true, "for": true, "from": true,
	"by": true, "with": true, "and": true, "or": true, "but": true, "as": true, "than": true,
	"that": true, "which": true, "who": true, "whom": true, "whose": true, "where": true,
	"when": true, "while": true, "after": true, "before": true, "since": true, "during": true,
	"into": true, "across": true, "over": true, "under": true, "between": true, "against": true,
	"is": true, "are": true, "was": true, "were": true, "be": true, "been": true, "being": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "could": true,
	"should": true, "may": true, "might": true, "must": true, "can": true, "do": true,
	"does": true, "did": true, "not": true, "no": true, "said": true, "says": true,
	"say": true, "according": true, "per": true, "a": true, "an": true, "the": true,
	"this": true, "these": true, "those": true, "it": true, "its": true, "they": true,
	"their": true, "he": true, "she": true, "we": true, "you": true, "i": true,
	"up": true, "down": true, "more": true, "less": true, "about": true, "around": true,
	"also": true, "still": true, "now": true, "then": true, "there": true,
	"here": true, "so": true, "if": true, "because": true, "through": true, "via": true,
	"out": true, "off": true, "each": true, "both": true, "only": true, "just": true,
	"including": true, "among": true, "amid": true, "toward": true, "towards": true,
	"until": true, "within": true, "without": true, "last": true, "next": true, "ago": true,
	"earlier": true, "later": true, "already": true, "yet": true, "even": true, "or so": true,
	"reportedly": true, "plus": true, "apiece": true, "respectively": true,
}

// ingPrepositions are words in -ing that act as prepositions: after a
// number they start no counted phrase ("rose to 46 following clashes").
var ingPrepositions = map[string]bool{"following": true, "excluding": true, "regarding": true, "concerning": true, "pending": true}

// auxiliaries may stand between a figure and its event: "25 were killed".
var auxiliaries = map[string]bool{
	"were": true, "was": true, "are": true, "is": true, "have": true, "has": true, "had": true,
	"been": true, "being": true, "be": true, "still": true, "reportedly": true, "also": true,
	"later": true, "confirmed": true, "now": true, "feared": true, "believed": true,
	"thought": true, "to": true, "so": true, "far": true, "all": true,
	"remain": true, "remained": true, "remains": true, "are still": true, "left": true,
	"were left": true, "got": true, "since": true, "already": true, "of": true, "them": true,
	"whom": true, "who": true, "which": true, "that": true, "officially": true, "listed": true,
	"as": true, "presumed": true, "either": true, "in": true,
	"the": true, "reported": true, "found": true, "declared": true, "pronounced": true,
}

// pronouns that stand for a subject already named: "a third of them".
var pronouns = map[string]bool{
	"them": true, "those": true, "these": true, "it": true, "us": true, "which": true,
	"whom": true,
}

// Word classes: every word is looked up once, when it is lexed, and carries
// these bits, so that the number parser and the date reader skip the words
// that cannot concern them without a map lookup of their own.
const (
	clsNumber        wordClass = 1 << iota // may start a written number: cardinal, ordinal, fraction, vague, "a"/"an"
	clsDate                                // a month or weekday (also with 's)
	clsEventLead                           // the first word of an event phrase of two or more words ("taken to hospital")
	clsFrame                               // may start a time, source or scope phrase of readFrames
	clsArticleNumber                       // makes a number after "a"/"an" in parseWordNumber: a unit, coin, scale or fraction, "couple", "dozen"
	// The word lists the subject reader asks about each word around each
	// figure, as bits: a bit is set exactly when the token's text is a key
	// of its list (classLists; TestClassLists).
	clsSubjectStop // subjectStops
	clsDeterminer  // determiners
	clsEvent       // eventWords (a one-word event)
	clsLink        // linkWords
	clsAuxiliary   // auxiliaries
	clsPhraseEnder // phraseEnders
	clsStray       // strayWords
	// After "a"/"an", a word of none of clsNumber, clsArticleNumber and
	// this (plural ordinals: "a thirds") makes no number (articleOnly).
	clsOrdinalPlural
)

// wordClass is a set of the cls bits.
type wordClass uint16

// classLists are the word lists that have a class bit of their own.
var classLists = []struct {
	class wordClass
	words func(yield func(string) bool)
}{
	{clsSubjectStop, keysOf(subjectStops)},
	{clsDeterminer, keysOf(determiners)},
	{clsEvent, keysOf(eventWords)},
	{clsLink, keysOf(linkWords)},
	{clsAuxiliary, keysOf(auxiliaries)},
	{clsPhraseEnder, keysOf(phraseEnders)},
	{clsStray, keysOf(strayWords)},
}

// keysOf returns an iterator over the keys of a word list.
func keysOf[V any](m map[string]V) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for w := range m {
			if !yield(w) {
				return
			}
		}
	}
}

var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	add := func(w string, c wordClass) { m[w] |= c }
	for w := range cardinals {
		add(w, clsNumber)
	}
	for w := range ordinalWords {
		add(w, clsNumber)
	}
	for w := range vagueAmounts {
		add(w, clsNumber)
	}
	for w := range vagueMultipliers {
		add(w, clsNumber)
	}
	for w := range foldWords {
		add(w, clsNumber)
	}
	for _, w := range []string{"a", "an", "half", "quarter", "minus", "negative", "naught", "nought", "zero", "absolute", "hundred"} {
		add(w, clsNumber)
	}
	for w := range months {
		add(w, clsDate)
		add(w+"'s", clsDate)
	}
	for w := range weekdays {
		add(w, clsDate)
		add(w+"'s", clsDate)
	}
	for phrase := range eventWords {
		if first, _, multi := strings.Cut(phrase, " "); multi {
			add(first, clsEventLead)
		}
	}
	// Every word readFrames acts on (timeAt's "Q2" and "H1" excepted: they
	// are told by their shape).
	for w := range relativeTimesByFirst {
		add(w, clsFrame)
	}
	for _, ws := range []map[string]bool{sourceVerbs, totalScopes, scopePrepositions} {
		for w := range ws {
			add(w, clsFrame)
		}
	}
	for w := range ordinalPeriods {
		add(w, clsFrame)
	}
	for _, w := range []string{"according", "in", "full", "by", "as", "measured", "measures", "clocked", "rated", "rates"} {
		add(w, clsFrame) // measuringVerb's words too
	}
	for w := range smallCoins {
		add(w, clsArticleNumber)
	}
	for w := range unitWords {
		add(w, clsArticleNumber)
	}
	for w := range scaleWords {
		add(w, clsArticleNumber)
	}
	for w := range fractionWords {
		add(w, clsArticleNumber)
	}
	for w := range durationUnits {
		add(w, clsArticleNumber) // "more than a century" (articleSpan)
	}
	for _, w := range []string{"couple", "dozen"} {
		add(w, clsArticleNumber)
	}
	for w := range spOrdinalPlurals {
		add(w, clsOrdinalPlural)
	}
	for _, l := range classLists {
		for w := range l.words {
			add(w, l.class)
		}
	}
	return m
}()

// Sentence contexts: words that tell what a sentence is about, so that an
// ambiguous unit reads right ("pounds" of money or of weight, bare
// "degrees", a bare magnitude).
const (
	ctxMoney uint8 = 1 << iota
	ctxQuake
	ctxTemperature
	ctxPercent    // percentages, rates, polls: bare "points" are percentage points
	ctxIndex      // a stock index: bare "points" are its points
	ctxClimate    // climate copy: a C written against a number is degrees Celsius ("the 1.5c target"), though no word of heat says so
	ctxProjection // a verb of forecasting or of showing: a projected clause may open (mayProject)
)

var contextWords = func() map[string]uint8 {
	m := map[string]uint8{}
	for _, w := range strings.Fields(`£ $ € sterling price prices cost costs paid pay pays sold bought worth
		fund funds budget deal fee fees salary wage wages bank loan spent spend fine fined bill tax
		revenue profit profits income million billion bn m bonus cash money pension rent charge
		charged award compensation`) {
		m[w] |= ctxMoney
	}
	for _, w := range strings.Fields(`quake earthquake tremor aftershock quakes earthquakes tremors aftershocks richter`) {
		m[w] |= ctxQuake
	}
	for _, w := range strings.Fields(`% percent pct percentage cent poll polls polling pollster survey
		lead approval rating ratings rate rates yield yields inflation unemployment turnout vote votes share`) {
		m[w] |= ctxPercent
	}
	for _, w := range strings.Fields(`index indexes indices nasdaq dow ftse nikkei dax cac stoxx asx kospi
		sensex nifty topix russell futures seng ibex`) {
		m[w] |= ctxIndex
	}
	for _, w := range strings.Fields(`temperature temperatures heat hot cold warm warmer cooler heatwave freezing
		celsius fahrenheit thermometer thermometers frost thermostat weather fever oven water
		hotter hottest colder coldest warmest cooling warming warmed heating heated`) {
		m[w] |= ctxTemperature
	}
	for _, w := range strings.Fields(`climate degrees degree preindustrial`) {
		m[w] |= ctxClimate
	}
	for _, words := range []map[string]bool{forecastWords, showVerbs} {
		for w, ok := range words {
			if ok {
				m[w] |= ctxProjection
			}
		}
	}
	return m
}()

// fractionDenominators are the denominators fractions are written with in
// news ("1/2", "3/4", "5/8", "1/100"); others make a code or a date ("9/11").
var fractionDenominators = map[float64]bool{2: true, 3: true, 4: true, 5: true, 6: true, 8: true, 10: true, 12: true, 16: true, 32: true, 64: true, 100: true}

// rangeVerbs before "from" make "from X to Y" a range whichever end is
// written first: "temperatures ranged from -18C to -34C".
var rangeVerbs = map[string]bool{
	"ranged": true, "ranging": true, "range": true, "ranges": true, "varied": true, "varying": true,
	"vary": true, "varies": true, "spanning": true, "spanned": true,
}

// letterCurrencies are currency prefixes of letters written against the
// amount by Malaysian, Indonesian, Kenyan, Bangladeshi and Gulf outlets:
// "RM120", "Rp5,000", "KSh200", "Tk50", "Dh10". (Rs and R, which are also
// words or names, are read in currencyBefore.)
var letterCurrencies = map[string]string{
	"RM": "MYR", "Rp": "IDR", "KSh": "KES", "Ksh": "KES", "Tk": "BDT", "Dh": "AED", "Dhs": "AED",
	"QR": "QAR", "SR": "SAR", "BD": "BHD", "KD": "KWD", "RO": "OMR", "NT": "TWD",
}

// dollarPrefixes follow a dollar sign in Australian and Asian copy:
// "$US50m", "$A3.2bn", "$NZ4", "$S12", "$HK3.4bn".
var dollarPrefixes = map[string]string{
	"US": "USD", "A": "AUD", "AU": "AUD", "AUD": "AUD", "NZ": "NZD", "C": "CAD", "CA": "CAD",
	"S": "SGD", "HK": "HKD", "NT": "TWD",
}

// foldWords are written multipliers: "a fivefold increase".
var foldWords = map[string]float64{
	"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "sixfold": 6, "sevenfold": 7,
	"eightfold": 8, "ninefold": 9, "tenfold": 10, "twelvefold": 12, "twentyfold": 20,
	"fiftyfold": 50, "hundredfold": 100, "thousandfold": 1000,
}

// dimensionAdjectives after "2 in" make it inches: "2 in thick".
var dimensionAdjectives = map[string]bool{
	"thick": true, "long": true, "wide": true, "tall": true, "high": true, "deep": true,
	"across": true, "diameter": true, "thin": true, "square": true,
}

// continuationWords, after "a" right before a figure with no noun of its
// own, carry on the figure before it in the sentence, which it shares
// its subject with: "about 900 people were moved and a further 700 are
// due to leave", "pay rises 4.5% from 1 July and a further 3.5% in July
// 2026".
var continuationWords = map[string]bool{"further": true}

// anaphors stand for what a figure before them in the sentence counts or
// measures: "police estimated the crowd at 6,000, while the union put it
// at 15,000" (after the verb, before "at"), "pulled 31 survivors from the
// wreckage, and nine of them were in serious condition" (after "of").
var anaphors = map[string]bool{"it": true, "them": true, "those": true, "these": true}

// estimateVerbs put a figure on the noun phrase they take, before "at":
// "police estimated the crowd at 6,000", "the bank put the number of jobs
// to go at about 2,500". The noun phrase is what the figure measures.
var estimateVerbs = map[string]bool{
	"estimated": true, "estimates": true, "estimate": true, "estimating": true,
	"put": true, "puts": true, "putting": true, "pegged": true, "pegs": true,
	"placed": true, "places": true, "set": true, "sets": true,
}

// countClauseVerbs, right after a bare count that follows "and", "but" or
// a semicolon, make it the subject of a clause of its own, which counts
// what the count before it counts: "five of the escapees had been
// recaptured and nine remain at large".
var countClauseVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "has": true, "have": true, "had": true,
	"remain": true, "remained": true, "remains": true, "will": true, "would": true, "could": true,
	"may": true, "might": true,
}

// gapPrepositions may stand, before a name, between two counts of which
// the second leaves its noun out: "police counted 12,000 marchers in
// Toulon, and in Nice 8,500", "the Greens were on course for 11 seats, the
// Farmers' Union for 9".
var gapPrepositions = map[string]bool{"in": true, "at": true, "for": true, "on": true}

// verbPhraseLinks, before a verb of change or price with no subject of its
// own, make it say more of the figure before it: "rose 0.3% in December
// after gaining 0.4% in November", "opened at $38.50 … and closed at
// $36.20", "recovered 5% on Wednesday after falling 14% the day before".
var verbPhraseLinks = map[string]bool{"after": true, "before": true, "and": true, "then": true}

// totalVerbs bring a running total to a figure that counts what the
// figure before it counts: "recovered 2 more bodies, bringing our total to
// 16", "7 new cases, taking the total to 145".
var totalVerbs = map[string]bool{
	"bringing": true, "brings": true, "brought": true, "taking": true, "takes": true, "took": true,
	"pushing": true, "pushes": true, "pushed": true, "raising": true, "raises": true, "raised": true,
}

// totalNouns are the running totals totalVerbs bring to a figure.
var totalNouns = map[string]bool{"total": true, "tally": true, "toll": true, "count": true}

// sourceContrasts open a clause in which another source gives its figure
// of what the clause before counts: "police said 30,000 people marched,
// while the unions claimed 245,000".
var sourceContrasts = map[string]bool{"while": true, "whereas": true, "but": true}

// countCopulas say a bare count that follows them is the size of the noun
// before them: "the final attendance figure was 216,400", "the touring
// party numbered 18", "arrivals by sea now total 42,100".
var countCopulas = map[string]bool{
	"is": true, "was": true, "are": true, "were": true, "numbered": true, "numbers": true,
	"total": true, "totals": true, "totalled": true, "totaled": true,
}

// copulaAdverbs may stand between a noun and the copula that gives its
// size: "the touring party therefore numbered 18", "arrivals now total".
var copulaAdverbs = map[string]bool{
	"therefore": true, "thus": true, "now": true, "still": true, "already": true, "then": true, "also": true,
}

// memberHeads and memberBodies: a count of "crew members", "staff
// members" counts the body's people, and its measure is the body (measureOf),
// as other reports write "four crew", "a crew of 17", "the staff".
var memberHeads = map[string]bool{"members": true, "member": true}

var memberBodies = map[string]bool{
	"crew": true, "staff": true, "cabinet": true, "board": true, "family": true,
	"union": true, "party": true, "parliament": true, "jury": true, "team": true,
	"squad": true, "committee": true, "council": true, "congress": true, "band": true,
	"gang": true, "militia": true, "cast": true, "faculty": true, "household": true,
}
