package web

import (
	"encoding/csv"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/vanban/vanban/index"
)

// searchParams is a search as the URL states it.
type searchParams struct {
	Query   string
	Filters map[string][]string
	Page    int // 1-based
	Size    int
}

// facetSet holds the filterable fields, for reading ?province=… from URLs.
var facetSet = func() map[string]bool {
	m := map[string]bool{}
	for _, f := range index.FacetFields {
		m[f] = true
	}
	return m
}()

// parseSearch reads q, filter=k:v (repeatable), FIELD=v for facet fields,
// page and size.
func parseSearch(v url.Values) searchParams {
	p := searchParams{Query: strings.TrimSpace(v.Get("q")), Filters: map[string][]string{}, Page: 1, Size: 20}
	for _, f := range v["filter"] {
		if k, val, ok := strings.Cut(f, ":"); ok && facetSet[k] && val != "" {
			p.Filters[k] = append(p.Filters[k], val)
		}
	}
	for k := range facetSet {
		for _, val := range v[k] {
			if val != "" {
				p.Filters[k] = append(p.Filters[k], val)
			}
		}
	}
	if n, err := strconv.Atoi(v.Get("page")); err == nil && n > 0 && n < 100000 {
		p.Page = n
	}
	if n, err := strconv.Atoi(v.Get("size")); err == nil && n > 0 {
		p.Size = min(n, maxPageSize)
	}
	return p
}

// search runs p. Without words or filters every document matches: the
// facet counts are then the corpus facets, counted once per opened index.
func (s *Server) search(r *http.Request, p searchParams) (*index.Result, error) {
	req := index.Request{Query: p.Query, Filters: p.Filters, From: (p.Page - 1) * p.Size,
		Size: p.Size, Facets: index.FacetFields}
	all := p.Query == "" && len(p.Filters) == 0
	if all {
		req.Facets = nil
	}
	res, err := s.x.Search(r.Context(), req)
	if err != nil {
		return nil, err
	}
	for i := range res.Hits {
		// The file names, not where the server keeps them.
		for j, src := range res.Hits[i].Sources {
			res.Hits[i].Sources[j] = path.Base(filepath.ToSlash(src))
		}
	}
	if p.Query != "" {
		for i := range res.Hits {
			if sd, err := s.st.Stored(res.Hits[i].ID); err == nil {
				res.Hits[i].Snippet = snippet(sd.Text, p.Query)
			}
		}
	}
	if !all {
		return res, nil
	}
	fv, err := s.facets(r)
	if err != nil {
		return nil, err
	}
	res.Facets = map[string][]index.FacetCount{}
	for k, v := range fv {
		res.Facets[k] = v[:min(len(v), searchFacetSize)]
	}
	return res, nil
}

// searchFacetSize is the values per facet a search returns (the index's
// default).
const searchFacetSize = 50

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	res, err := s.search(r, parseSearch(r.URL.Query()))
	if err != nil {
		writeErr(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, res)
}

// docID returns the {id} path value when it is a document id.
func docID(w http.ResponseWriter, r *http.Request) (string, bool) {
	id := r.PathValue("id")
	if !docIDRe.MatchString(id) {
		writeErr(w, http.StatusBadRequest, "not a document id")
		return "", false
	}
	return id, true
}

func (s *Server) apiDoc(w http.ResponseWriter, r *http.Request) {
	id, ok := docID(w, r)
	if !ok {
		return
	}
	d, err := s.st.Get(id)
	if err != nil {
		writeErr(w, statusOf(err), "document "+id+" not found")
		return
	}
	writeJSON(w, http.StatusOK, d)
}

func (s *Server) apiOriginal(w http.ResponseWriter, r *http.Request) {
	id, ok := docID(w, r)
	if !ok {
		return
	}
	name, data, err := s.st.Original(id)
	if err != nil {
		writeErr(w, statusOf(err), "original of "+id+" not found")
		return
	}
	name = path.Base(filepath.ToSlash(name))
	ct := mime.TypeByExtension(strings.ToLower(filepath.Ext(name)))
	switch strings.ToLower(filepath.Ext(name)) {
	case ".txt", ".md":
		ct = "text/plain; charset=utf-8"
	case ".docx":
		ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	case ".doc":
		ct = "application/msword"
	case ".pdf":
		ct = "application/pdf"
	}
	if ct == "" {
		ct = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ct)
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	w.Header().Set("Content-Length", strconv.Itoa(len(data)))
	_, _ = w.Write(data)
}

// targetParams reads indicator, year, level and by.
func targetParams(v url.Values) (ind string, year int, level, by string) {
	ind = strings.TrimSpace(v.Get("indicator"))
	year, _ = strconv.Atoi(v.Get("year"))
	level = v.Get("level")
	by = v.Get("by")
	if by != index.ByProvince && by != index.ByProvince2025 {
		by = ""
	}
	return
}

func (s *Server) apiTargets(w http.ResponseWriter, r *http.Request) {
	ind, year, level, by := targetParams(r.URL.Query())
	rows, err := s.facet.targets(r.Context(), s.x, ind, year, level)
	if err != nil {
		writeErr(w, statusOf(err), err.Error())
		return
	}
	if by != "" {
		writeJSON(w, http.StatusOK, index.Aggregate(rows, by))
		return
	}
	if rows == nil {
		rows = []index.TargetRow{}
	}
	writeJSON(w, http.StatusOK, rows)
}

// apiTargetsCSV writes the targets, or with by= the per-province
// comparison, as CSV with a UTF-8 BOM (spreadsheets then read the
// Vietnamese right) and CRLF lines.
func (s *Server) apiTargetsCSV(w http.ResponseWriter, r *http.Request) {
	ind, year, level, by := targetParams(r.URL.Query())
	rows, err := s.facet.targets(r.Context(), s.x, ind, year, level)
	if err != nil {
		writeErr(w, statusOf(err), err.Error())
		return
	}
	name := "vanban-targets"
	if by != "" {
		name += "-by-" + by
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="`+name+`.csv"`)
	_, _ = io.WriteString(w, "\ufeff")
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if by != "" {
		aggs := index.Aggregate(rows, by)
		_ = cw.Write(index.AggHeader)
		for i := range aggs {
			_ = cw.Write(index.AggRecord(&aggs[i]))
		}
	} else {
		_ = cw.Write(index.TargetHeader)
		for i := range rows {
			_ = cw.Write(index.TargetRecord(&rows[i]))
		}
	}
	cw.Flush()
}

func (s *Server) apiCites(w http.ResponseWriter, r *http.Request) {
	id := strings.TrimSpace(r.PathValue("id"))
	if id == "" || len(id) > 200 {
		writeErr(w, http.StatusBadRequest, "cited document id missing or too long")
		return
	}
	depth, _ := strconv.Atoi(r.URL.Query().Get("depth"))
	root, err := index.Cascade(r.Context(), s.x, id, index.CascadeOptions{Depth: min(depth, 10)})
	if err != nil {
		writeErr(w, statusOf(err), err.Error())
		return
	}
	writeJSON(w, http.StatusOK, root)
}

func (s *Server) facets(r *http.Request) (map[string][]index.FacetCount, error) {
	return s.facet.get(r.Context(), s.x)
}

func (s *Server) apiFacets(w http.ResponseWriter, r *http.Request) {
	f, err := s.facets(r)
	if err != nil {
		writeErr(w, statusOf(err), err.Error())
		return
	}
	writeJSON(w, http.StatusOK, f)
}

// apiIngest takes a multipart upload of files (field "file"), saves them
// under DATA/uploads with sanitized names and ingests them.
func (s *Server) apiIngest(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") != "Bearer "+s.cfg.Token {
		writeErr(w, http.StatusUnauthorized, "missing or wrong token")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxUploadBytes)
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		writeErr(w, http.StatusRequestEntityTooLarge, "upload too large or not multipart: "+err.Error())
		return
	}
	dir := filepath.Join(s.cfg.Data, "uploads")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		writeErr(w, http.StatusInternalServerError, "cannot store uploads")
		return
	}
	var paths []string
	for _, fh := range r.MultipartForm.File["file"] {
		name := safeName(fh.Filename)
		if name == "" {
			writeErr(w, http.StatusBadRequest, "bad file name")
			return
		}
		f, err := fh.Open()
		if err != nil {
			writeErr(w, http.StatusBadRequest, "read upload")
			return
		}
		b, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			writeErr(w, http.StatusBadRequest, "read upload")
			return
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			writeErr(w, http.StatusInternalServerError, "cannot store upload")
			return
		}
		paths = append(paths, p)
	}
	if len(paths) == 0 {
		writeErr(w, http.StatusBadRequest, `no files in field "file"`)
		return
	}
	// Ingest writes the index: release the read lock taken by ServeHTTP,
	// close, ingest, reopen.
	s.mu.RUnlock()
	err := s.reingest(r, paths)
	s.mu.RLock()
	if err != nil {
		writeErr(w, http.StatusInternalServerError, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"ingested": len(paths)})
}

func (s *Server) reingest(r *http.Request, paths []string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.x != nil {
		_ = s.x.Close()
		s.x = nil
	}
	s.facet.reset()
	ierr := s.cfg.Ingest(r.Context(), paths)
	if err := s.open(); err != nil {
		return fmt.Errorf("reopen after ingest: %w", err)
	}
	if ierr != nil {
		return fmt.Errorf("ingest: %w", ierr)
	}
	return nil
}

// safeName keeps the base name of an uploaded file, letters, digits and
// ". - _" only.
func safeName(n string) string {
	n = path.Base(strings.ReplaceAll(n, `\`, "/"))
	var b strings.Builder
	for _, c := range n {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '.', c == '-', c == '_':
			b.WriteRune(c)
		case c > 127 || c == ' ':
			b.WriteRune('_')
		}
	}
	out := strings.TrimLeft(b.String(), ".")
	if len(out) > 120 {
		out = out[len(out)-120:]
	}
	return out
}
