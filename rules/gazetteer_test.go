package rules

import "testing"

func TestGazetteerCounts(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	g := s.Gazetteer
	for _, c := range []struct {
		level string
		want  int
	}{{GazProvince, 63}, {GazDistrict, 696}, {GazCommune, 10035}, {GazProvince2025, 34}, {GazCommune2025, 3321}} {
		if got := len(g.Units(c.level)); got != c.want {
			t.Errorf("%s: %d units, want %d", c.level, got, c.want)
		}
	}
}

func TestGazetteerLookup(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	g := s.Gazetteer
	tests := []struct {
		name, level string
		wantProv    []string // provinces of the matches, before 2025
	}{
		{"Cẩm Thành", GazCommune, []string{"Thanh Hóa", "Hà Tĩnh"}},
		{"CẨM THÀNH", GazCommune, []string{"Thanh Hóa", "Hà Tĩnh"}},
		{"Thanh Hoá", GazProvince, []string{"Thanh Hóa"}},
		{"Kbang", GazDistrict, []string{"Gia Lai"}},
		{"KBang", GazDistrict, []string{"Gia Lai"}},
		{"Cần Đước", GazDistrict, []string{"Long An"}},
		{"Thừa Thiên - Huế", GazProvince, []string{"Huế"}}, // alias: former name
		{"TP.HCM", "", nil},
		{"HCM", GazProvince, []string{"Hồ Chí Minh"}}, // alias
	}
	for _, tt := range tests {
		var got []string
		for _, u := range g.Lookup(tt.name, tt.level) {
			p, ok := g.Province(u)
			if !ok {
				t.Errorf("%s: no province for %+v", tt.name, u)
				continue
			}
			got = append(got, p.Name)
		}
		for _, w := range tt.wantProv {
			found := false
			for _, p := range got {
				found = found || GazKey(p) == GazKey(w)
			}
			if !found {
				t.Errorf("Lookup(%q, %s) provinces %v, want %s among them", tt.name, tt.level, got, w)
			}
		}
	}
}

func TestGazetteerProvince2025(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	g := s.Gazetteer
	for _, c := range [][2]string{{"Ninh Thuận", "Khánh Hòa"}, {"Bình Dương", "Hồ Chí Minh"}, {"Long An", "Tây Ninh"}, {"Gia Lai", "Gia Lai"}, {"Bình Định", "Gia Lai"}, {"Yên Bái", "Lào Cai"}} {
		us := g.Lookup(c[0], GazProvince)
		if len(us) != 1 {
			t.Fatalf("Lookup(%q) = %v, want one province", c[0], us)
		}
		p, ok := g.Province2025(us[0])
		if !ok || GazKey(p.Name) != GazKey(c[1]) {
			t.Errorf("Province2025(%s) = %q, want %q", c[0], p.Name, c[1])
		}
	}
}

func TestGazKey(t *testing.T) {
	for _, c := range [][2]string{{"Thanh Hoá", "thanh hoa"}, {"Ea H’Leo", "ea hleo"}, {"Thừa Thiên - Huế", "thua thien hue"}, {" Đắk  Lắk ", "dak lak"}} {
		if got := GazKey(c[0]); got != c[1] {
			t.Errorf("GazKey(%q) = %q, want %q", c[0], got, c[1])
		}
	}
}

func TestProvince2025Of(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range [][2]string{{"Ninh Thuận", "Khánh Hòa"}, {"Bình Dương", "Hồ Chí Minh"}, {"Khánh Hoà", "Khánh Hòa"}, {"Hà Giang", "Tuyên Quang"}} {
		if got, ok := s.Gazetteer.Province2025Of(c[0]); !ok || got != c[1] {
			t.Errorf("Province2025Of(%q) = %q, %v; want %q", c[0], got, ok, c[1])
		}
	}
	if _, ok := s.Gazetteer.Province2025Of("Atlantis"); ok {
		t.Error("Province2025Of(Atlantis) found a province")
	}
}

func TestLookupIn(t *testing.T) {
	s, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	g := s.Gazetteer
	th := g.Lookup("Thanh Hóa", GazProvince)
	if len(th) != 1 {
		t.Fatalf("Thanh Hóa: %v", th)
	}
	got := g.LookupIn("Cẩm Thành", "xã", th[0], GazCommune)
	if len(got) != 1 {
		t.Fatalf("LookupIn(Cẩm Thành, xã, Thanh Hóa) = %v, want one commune", got)
	}
	if d, _ := g.Parent(got[0]); d.Name != "Cẩm Thủy" {
		t.Errorf("district %q, want Cẩm Thủy", d.Name)
	}
	if n := len(g.LookupIn("Cẩm Thành", "phường", th[0])); n != 0 {
		t.Errorf("a phường Cẩm Thành in Thanh Hóa: %d", n)
	}
}
