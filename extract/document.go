package extract

// Document is the structured record of one document: the JSON contract that
// `vanban extract` prints (see DESIGN.md). Every field is always present in
// JSON: unknown text is "", unknown numbers null, empty lists [].
type Document struct {
	ID         string     `json:"id"` // sha256 of the normalized text, hex, first 16 chars
	Source     Source     `json:"source"`
	DocType    string     `json:"doc_type"` // "Kế hoạch", "Công văn", …
	Number     *Number    `json:"number"`   // nil when the document has no number line
	Title      string     `json:"title"`    // trích yếu
	Issued     Issued     `json:"issued"`
	Issuer     Issuer     `json:"issuer"`
	Field      string     `json:"field"` // lĩnh vực, when stated
	Signers    []Signer   `json:"signers"`
	Recipients []string   `json:"recipients"`
	Period     Period     `json:"period"`
	Citations  []Citation `json:"citations"`
	Agencies   []Agency   `json:"agencies"`
	Targets    []Target   `json:"targets"`
	Warnings   []string   `json:"warnings"`
}

// Source says where a document's text came from.
type Source struct {
	Path     string `json:"path"`
	Format   string `json:"format"`   // txt, md, html, pdf, docx, doc
	Encoding string `json:"encoding"` // utf-8, utf-16, windows-1258, tcvn3, vni, viscii
	OCR      bool   `json:"ocr"`      // text came from optical character recognition
}

// Number is a document's số / ký hiệu: "1960/KH-UBND", "162/2026/NĐ-CP".
type Number struct {
	Text   string `json:"text"`   // canonical, no spaces: "1960/KH-UBND"; "/KH-UBND" for a blank draft number
	Num    string `json:"num"`    // "1960"; "" when left blank
	Symbol string `json:"symbol"` // "KH-UBND", "NĐ-CP" (the year of normative documents is not part of it)
}

// Issued is the date and place line: "Ninh Thuận, ngày 02 tháng 6 năm 2020".
type Issued struct {
	Date  string `json:"date"` // ISO 8601 truncated to what is stated: "2020-06-02", "2022-03"
	Place string `json:"place"`
}

// Administrative levels of an issuer.
const (
	LevelCentral  = "trung-uong"
	LevelProvince = "tinh"
	LevelDistrict = "huyen"
	LevelCommune  = "xa"
)

// Issuer is the body that issued the document and where it sits.
type Issuer struct {
	Name         string `json:"name"`          // "Ủy ban nhân dân tỉnh Ninh Thuận"
	Level        string `json:"level"`         // LevelCentral, LevelProvince, LevelDistrict, LevelCommune or ""
	Province     string `json:"province"`      // province before 1 July 2025
	Province2025 string `json:"province_2025"` // one of the 34 provinces since 1 July 2025
	District     string `json:"district"`
	Commune      string `json:"commune"`
}

// Signer is one person in the signature block.
type Signer struct {
	Name      string `json:"name"`
	Title     string `json:"title"`     // "Phó Chủ tịch"
	Authority string `json:"authority"` // "KT. Chủ tịch"; several joined by "; "
}

// Period is the span of years a plan covers: "giai đoạn 2021-2030".
type Period struct {
	From *int `json:"from"`
	To   *int `json:"to"`
}

// Citation relations.
const (
	RelBasis     = "can-cu"    // Căn cứ …
	RelImplement = "thuc-hien" // Thực hiện …, Triển khai …
	RelReference = "dan-chieu" // any other mention
)

// Citation is another document this one cites.
type Citation struct {
	ID       string `json:"id"`       // canonical: "1373/QĐ-TTg", "49-KL/TW", "35/2022/NĐ-CP"
	Type     string `json:"type"`     // "Quyết định"
	Num      string `json:"num"`      // "1373"
	Symbol   string `json:"symbol"`   // "QĐ-TTg", "KL/TW"
	Date     string `json:"date"`     // ISO 8601 or ""
	Issuer   string `json:"issuer"`   // "Thủ tướng Chính phủ"
	Mentions int    `json:"mentions"` // times cited, short forms included
	Relation string `json:"relation"` // RelBasis, RelImplement or RelReference
}

// Agency roles, strongest first.
const (
	RoleLead       = "lead"
	RoleCoordinate = "coordinate"
	RoleAssigned   = "assigned"
	RoleRecipient  = "recipient"
	RoleMentioned  = "mentioned"
)

// Agency is a body the document names.
type Agency struct {
	Name  string   `json:"name"`  // full name: "Sở Giáo dục và Đào tạo"
	Key   string   `json:"key"`   // stable key across spellings: "so_giao_duc_va_dao_tao"
	Role  string   `json:"role"`  // RoleLead … RoleMentioned
	Tasks []string `json:"tasks"` // task items given to a lead or assigned body
}

// Target comparison operators.
const (
	OpGE       = ">="
	OpLE       = "<="
	OpEQ       = "="
	OpApprox   = "~"
	OpRange    = "range"
	OpIncrease = "increase"
	OpDecrease = "decrease"
)

// Target is one numeric goal: "70% gia đình đạt danh hiệu Gia đình học tập
// đến năm 2025".
type Target struct {
	Indicator string   `json:"indicator"` // the phrase the number governs
	Key       string   `json:"key"`       // canonical indicator from rules, or ""
	Value     float64  `json:"value"`
	ValueMax  *float64 `json:"value_max"`
	Unit      string   `json:"unit"` // "%", "%/năm", "lao động", …
	Op        string   `json:"op"`   // OpGE … OpDecrease
	Year      *int     `json:"year"`
	Section   string   `json:"section"` // "2.1"
	Text      string   `json:"text"`    // the sentence it came from
}

// Normalize replaces nil slices by empty ones so that JSON shows [] rather
// than null, as the contract requires.
func (d *Document) Normalize() {
	if d.Signers == nil {
		d.Signers = []Signer{}
	}
	if d.Recipients == nil {
		d.Recipients = []string{}
	}
	if d.Citations == nil {
		d.Citations = []Citation{}
	}
	if d.Agencies == nil {
		d.Agencies = []Agency{}
	}
	for i := range d.Agencies {
		if d.Agencies[i].Tasks == nil {
			d.Agencies[i].Tasks = []string{}
		}
	}
	if d.Targets == nil {
		d.Targets = []Target{}
	}
	if d.Warnings == nil {
		d.Warnings = []string{}
	}
}
