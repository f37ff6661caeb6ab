package index

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/vanban/vanban/extract"
)

// CascadeOptions bound a cascade.
type CascadeOptions struct {
	// Depth is the number of levels of citing documents below the root
	// (≤ 0: 6). Each level costs one query.
	Depth int
	// MaxChildren caps the documents listed under one node (≤ 0: 100);
	// the rest are counted in More.
	MaxChildren int
	// Budget caps the documents read per level (≤ 0: 5000), the oldest
	// first; a level with more sets Partial on the root.
	Budget int
}

func (o CascadeOptions) norm() CascadeOptions {
	if o.Depth <= 0 {
		o.Depth = 6
	}
	if o.MaxChildren <= 0 {
		o.MaxChildren = 100
	}
	if o.Budget <= 0 {
		o.Budget = 5000
	}
	return o
}

// CascadeNode is the root of a cascade: a cited document, in the corpus
// or known only from the citations of others.
type CascadeNode struct {
	ID       string        `json:"id"`
	Type     string        `json:"type"`
	Date     string        `json:"date"`
	Issuer   string        `json:"issuer"`
	InCorpus bool          `json:"in_corpus"`
	DocID    string        `json:"doc_id,omitempty"`
	CitedBy  int           `json:"cited_by"`          // corpus documents citing it directly
	Partial  bool          `json:"partial,omitempty"` // a level had more documents than the budget
	Children []CascadeEdge `json:"children"`
	More     int           `json:"more,omitempty"` // children not listed (MaxChildren)
}

// CascadeDoc is a node of the cascade below the root: a corpus document,
// or a document known only from citations (ID "").
type CascadeDoc struct {
	ID       string `json:"id"`
	Number   string `json:"number"`
	DocType  string `json:"doc_type"`
	Title    string `json:"title"`
	Issuer   string `json:"issuer"`
	Province string `json:"province"`
	Date     string `json:"date"`
}

// CascadeEdge is one document implementing its parent, and the documents
// implementing it in turn.
type CascadeEdge struct {
	Doc CascadeDoc `json:"doc"`
	// InCorpus is false for a document missing from the corpus, placed in
	// the tree because its children cite it together with its parent
	// (a district plan citing the decision and the provincial plan).
	InCorpus bool   `json:"in_corpus"`
	Relation string `json:"relation"`
	// DelayDays is the citing date − the cited date, when both are full
	// dates; DelayRange is [min, max] when one is only a month or a year.
	DelayDays  *int          `json:"delay_days"`
	DelayRange []int         `json:"delay_range,omitempty"`
	Children   []CascadeEdge `json:"children"`
	More       int           `json:"more,omitempty"`
}

// cascNode is a node while the tree grows.
type cascNode struct {
	edge     CascadeEdge // without children
	number   string      // number other documents cite it by ("" none)
	date     string
	province string
	level    string // issuer level, "" unknown
	rank     int    // cascRank of the issuer, -1 unknown
	kids     []*cascNode
	virt     map[string]*cascNode // not-in-corpus children by cascVirtKey
	root     bool
	more     int // citing documents not listed
}

// Cascade builds the implementation tree of the document cited as id
// ("1373/QĐ-TTg", or a corpus document's number). Each level is one query
// for the documents citing any node of the level above; a document is
// placed under the node whose number and date its citation matches
// (numbers such as 50/KH-UBND recur every year in every province), under
// a sibling it cites, and below the documents missing from the corpus
// that it cites between its parent and itself. Each document appears once.
func Cascade(ctx context.Context, src CascadeSource, id string, opt CascadeOptions) (*CascadeNode, error) {
	opt = opt.norm()
	root := &cascNode{number: id, root: true, rank: -1}
	out := &CascadeNode{ID: id, Children: []CascadeEdge{}}
	seen := map[string]bool{}
	own, err := src.NumberedAny(ctx, []string{id})
	if err != nil {
		return nil, fmt.Errorf("cascade %s: %w", id, err)
	}
	if len(own) > 0 {
		d := &own[0]
		out.InCorpus, out.DocID = true, d.ID
		out.Type, out.Date, out.Issuer = d.DocType, d.Issued.Date, d.Issuer.Name
		root.province, root.level, root.rank = d.Issuer.Province, d.Issuer.Level, cascLevelRank(d.Issuer.Level)
		root.edge.InCorpus = true
		for i := range own {
			seen[own[i].ID] = true
		}
	}
	level := []*cascNode{root}
	for depth := 0; depth < opt.Depth && len(level) > 0; depth++ {
		docs, unseen, total, err := cascFetchLevel(ctx, src, level, opt)
		if err != nil {
			return nil, fmt.Errorf("cascade %s: %w", id, err)
		}
		if depth == 0 {
			out.CitedBy = total
			if !out.InCorpus {
				cascRootFromCitations(out, docs)
			}
			root.date = out.Date
			if root.rank < 0 && out.Issuer != "" {
				root.rank = cascIssuerRank(out.Issuer)
			}
		}
		if unseen > 0 {
			out.Partial = true
		}
		level, err = cascLevel(ctx, src, level, docs, seen, opt.MaxChildren)
		if err != nil {
			return nil, fmt.Errorf("cascade %s: %w", id, err)
		}
	}
	out.Children, out.More = cascEdges(root, opt.MaxChildren)
	return out, nil
}

// cascRootFromCitations fills what the citations say about a root missing
// from the corpus: the first non-empty date, type and issuer.
func cascRootFromCitations(out *CascadeNode, docs []extract.Document) {
	for i := range docs {
		c := cascCitation(&docs[i], out.ID)
		if c == nil {
			continue
		}
		if out.Date == "" || len(c.Date) > len(out.Date) {
			out.Date = c.Date
		}
		if out.Type == "" {
			out.Type = c.Type
		}
		if out.Issuer == "" {
			out.Issuer = c.Issuer
		}
	}
}

// cascPerNode is the largest level queried node by node (exact counts,
// the oldest documents of each node); larger levels take one query.
const cascPerNode = 32

// cascFetchLevel returns the documents citing the nodes of level, the
// number of citing documents not fetched, and the total of the first
// query (the root's citing documents at depth 0). A small level is
// queried node by node for its MaxChildren oldest citing documents (with
// room for those of other documents numbered alike), so one prolific node
// does not crowd out the others; a large one is one query within Budget.
// A node's citing documents left unfetched are added to its More.
func cascFetchLevel(ctx context.Context, src CascadeSource, level []*cascNode, opt CascadeOptions) ([]extract.Document, int, int, error) {
	ids := cascNumbers(level)
	if len(ids) > cascPerNode {
		docs, total, err := src.CitingAny(ctx, ids, opt.Budget)
		return docs, total - len(docs), total, err
	}
	var docs []extract.Document
	have := map[string]bool{}
	unseen, first := 0, 0
	for i, id := range ids {
		ds, total, err := src.CitingAny(ctx, []string{id}, opt.MaxChildren+opt.MaxChildren/4+8)
		if err != nil {
			return nil, 0, 0, err
		}
		if i == 0 {
			first = total
		}
		if rest := total - len(ds); rest > 0 {
			unseen += rest
			for _, n := range level {
				if Key(n.number) == Key(id) {
					n.more += rest
					break
				}
			}
		}
		for j := range ds {
			if !have[ds[j].ID] {
				have[ds[j].ID] = true
				docs = append(docs, ds[j])
			}
		}
	}
	sort.SliceStable(docs, func(i, j int) bool { return cascDateLess(docs[i].Issued.Date, docs[j].Issued.Date) })
	return docs, unseen, first, nil
}

// cascDateLess orders dates oldest first, unknown last.
func cascDateLess(a, b string) bool {
	if a == "" || b == "" {
		return a != "" && b == ""
	}
	return a < b
}

// cascNumbers returns the distinct numbers of the nodes of a level.
func cascNumbers(level []*cascNode) []string {
	seen := map[string]bool{}
	var out []string
	for _, n := range level {
		k := Key(n.number)
		if k == "" || seen[k] || k[0] == '/' {
			continue
		}
		seen[k] = true
		out = append(out, n.number)
	}
	return out
}

// cascLevel places the documents citing the nodes of level and returns
// the nodes of the next level.
func cascLevel(ctx context.Context, src CascadeSource, level []*cascNode, docs []extract.Document, seen map[string]bool, maxKids int) ([]*cascNode, error) {
	byNum := map[string][]*cascNode{}
	for _, n := range level {
		byNum[Key(n.number)] = append(byNum[Key(n.number)], n)
	}
	type placed struct {
		node   *cascNode
		parent *cascNode
		cite   *extract.Citation
		doc    *extract.Document
	}
	var got []placed
	sibParent := map[int]bool{}
	for i := range docs {
		d := &docs[i]
		if seen[d.ID] {
			continue
		}
		var best *cascNode
		var bestCite *extract.Citation
		for j := range d.Citations {
			c := &d.Citations[j]
			for _, p := range byNum[Key(c.ID)] {
				if !cascMatches(p, c, d) {
					continue
				}
				// The most direct parent: the latest one.
				if best == nil || p.date > best.date {
					best, bestCite = p, c
				}
			}
		}
		if best == nil {
			continue
		}
		seen[d.ID] = true
		got = append(got, placed{node: cascDocNode(d), parent: best, cite: bestCite, doc: d})
	}
	// A document citing a sibling goes under it (the latest it cites).
	sib := map[string][]int{}
	for i, g := range got {
		if g.node.number != "" {
			sib[Key(g.node.number)] = append(sib[Key(g.node.number)], i)
		}
	}
	for i := range got {
		g := &got[i]
		for j := range g.doc.Citations {
			c := &g.doc.Citations[j]
			for _, k := range sib[Key(c.ID)] {
				s := got[k].node
				if k == i || !(s.date < g.node.date) || !cascMatches(s, c, g.doc) {
					continue
				}
				if !sibParent[i] || s.date > g.parent.date {
					g.parent, g.cite = s, c
					sibParent[i] = true
				}
			}
		}
	}
	// Documents cited between a parent and its child, missing from the
	// corpus, become nodes of their own.
	var cands []string
	chains := make([][]extract.Citation, len(got))
	for i := range got {
		chains[i] = cascChain(got[i].parent, got[i].doc)
		for _, c := range chains[i] {
			cands = append(cands, c.ID)
		}
	}
	present := map[string]bool{}
	if len(cands) > 0 {
		ds, err := src.NumberedAny(ctx, cands)
		if err != nil {
			return nil, err
		}
		for i := range ds {
			present[cascVirtKey(ds[i].Number.Text, ds[i].Issued.Date)] = true
		}
	}
	var next []*cascNode
	for i := range got {
		g := &got[i]
		p := g.parent
		rel := g.cite.Relation
		for _, c := range chains[i] {
			if present[cascVirtKey(c.ID, c.Date)] {
				continue
			}
			v, isNew := p.virtual(&c, g.doc.Issuer.Province)
			if isNew {
				next = append(next, v)
			}
			p = v
			if cc := cascCitation(g.doc, c.ID); cc != nil {
				rel = cc.Relation
			}
		}
		g.node.edge.Relation = rel
		g.node.edge.DelayDays, g.node.edge.DelayRange = cascDelay(p.date, g.node.date)
		if len(p.kids) >= maxKids {
			p.more++ // counted, not listed, not followed
			continue
		}
		p.kids = append(p.kids, g.node)
		next = append(next, g.node)
	}
	return next, nil
}

// cascMatches reports whether d's citation c (of p's number) designates p:
// the same year, the same day when both are full dates, the same province
// when the citation gives no date. Every citation of the root matches.
func cascMatches(p *cascNode, c *extract.Citation, d *extract.Document) bool {
	if p.root && !p.edge.InCorpus {
		return true
	}
	if c.Date != "" && p.date != "" {
		if docYear(c.Date) != docYear(p.date) {
			return false
		}
		return !(len(c.Date) == 10 && len(p.date) == 10 && c.Date != p.date)
	}
	if c.Date == "" {
		return p.province == "" || d.Issuer.Province == "" || Key(p.province) == Key(d.Issuer.Province)
	}
	return true
}

// virtual returns p's not-in-corpus child for citation c, creating it.
func (p *cascNode) virtual(c *extract.Citation, province string) (*cascNode, bool) {
	k := cascVirtKey(c.ID, c.Date)
	if cascIssuerRank(c.Issuer) >= 1 {
		k += "|" + Key(province) // 50/KH-UBND of 2022 exists in every province
	}
	if v, ok := p.virt[k]; ok {
		return v, false
	}
	if p.virt == nil {
		p.virt = map[string]*cascNode{}
	}
	v := &cascNode{number: c.ID, date: c.Date, rank: cascIssuerRank(c.Issuer),
		edge: CascadeEdge{Doc: CascadeDoc{Number: c.ID, DocType: c.Type, Issuer: c.Issuer, Date: c.Date}}}
	if v.rank >= 1 {
		// Below the centre, a cited plan is of the citing document's province.
		v.province = province
		v.edge.Doc.Province = province
		v.edge.Doc.Issuer = cascPlace(c.Issuer, province)
	}
	v.edge.DelayDays, v.edge.DelayRange = cascDelay(p.date, c.Date)
	p.virt[k] = v
	p.kids = append(p.kids, v)
	return v, true
}

// cascVirtKey identifies a cited document: its folded id and year.
func cascVirtKey(id, date string) string {
	return Key(id) + "|" + fmt.Sprint(docYear(date))
}

// cascDocNode is the node of a corpus document.
func cascDocNode(d *extract.Document) *cascNode {
	n := &cascNode{date: d.Issued.Date, province: d.Issuer.Province, level: d.Issuer.Level,
		rank: cascLevelRank(d.Issuer.Level)}
	n.edge = CascadeEdge{InCorpus: true, Doc: CascadeDoc{ID: d.ID, DocType: d.DocType, Title: d.Title,
		Issuer: d.Issuer.Name, Province: d.Issuer.Province, Date: d.Issued.Date}}
	if d.Number != nil {
		n.edge.Doc.Number = d.Number.Text
		if d.Number.Num != "" {
			n.number = d.Number.Text
		}
	}
	return n
}

// cascEdges turns n's children into edges, oldest first, at most max of
// them, and returns how many were left out.
func cascEdges(n *cascNode, max int) ([]CascadeEdge, int) {
	kids := n.kids
	sort.SliceStable(kids, func(i, j int) bool { return cascDateLess(kids[i].edge.Doc.Date, kids[j].edge.Doc.Date) })
	more := n.more
	if len(kids) > max {
		more, kids = more+len(kids)-max, kids[:max]
	}
	out := make([]CascadeEdge, 0, len(kids))
	for _, k := range kids {
		e := k.edge
		e.Children, e.More = cascEdges(k, max)
		out = append(out, e)
	}
	return out, more
}

// cascCitation returns d's citation of id, or nil.
func cascCitation(d *extract.Document, id string) *extract.Citation {
	k := Key(id)
	for i := range d.Citations {
		if Key(d.Citations[i].ID) == k {
			return &d.Citations[i]
		}
	}
	return nil
}

// DelayDays returns the days from the cited date to the citing date when
// both are full ISO dates, else nil.
func DelayDays(cited, citing string) *int {
	a, err1 := time.Parse("2006-01-02", cited)
	b, err2 := time.Parse("2006-01-02", citing)
	if err1 != nil || err2 != nil {
		return nil
	}
	n := int(b.Sub(a).Hours() / 24)
	return &n
}

// cascDelay returns the exact delay between two full dates, or the range
// of delays when either is only a year or a month ("2022-03": any day of
// March), never below zero: a document cites what was issued before it.
func cascDelay(cited, citing string) (*int, []int) {
	if d := DelayDays(cited, citing); d != nil {
		return d, nil
	}
	a0, a1, ok1 := cascSpan(cited)
	b0, b1, ok2 := cascSpan(citing)
	if !ok1 || !ok2 {
		return nil, nil
	}
	lo := int(b0.Sub(a1).Hours() / 24)
	hi := int(b1.Sub(a0).Hours() / 24)
	if hi < 0 {
		return nil, nil
	}
	return nil, []int{max(lo, 0), hi}
}

// cascSpan returns the first and last day an ISO date (possibly
// truncated) can mean.
func cascSpan(date string) (time.Time, time.Time, bool) {
	switch len(date) {
	case 10:
		t, err := time.Parse("2006-01-02", date)
		return t, t, err == nil
	case 7:
		t, err := time.Parse("2006-01", date)
		return t, t.AddDate(0, 1, -1), err == nil
	case 4:
		t, err := time.Parse("2006", date)
		return t, t.AddDate(1, 0, -1), err == nil
	}
	return time.Time{}, time.Time{}, false
}
