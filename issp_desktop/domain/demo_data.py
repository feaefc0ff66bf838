"""Realistic Kenyan names and places for the demo centre (with diacritics and apostrophes)."""

from __future__ import annotations

FEMALE_FIRST = (
    "Wanjirũ", "Wambũi", "Mũthoni", "Nyambura", "Njeri", "Wairimũ", "Achieng'", "Akinyi",
    "Atieno", "Awino", "Adhiambo", "Chebet", "Jeptoo", "Chepkoech", "Jerotich", "Zoë", "Faith",
    "Grace", "Mercy", "Amina", "Fatuma", "Halima", "Nasra", "Eunice", "Esther", "Joyce",
    "Lilian", "Cynthia", "Purity", "Peris", "Naliaka", "Nekesa", "Moraa", "Kwamboka",
    "Nyaboke", "Makena", "Kagwiria", "Mwende", "Ndũta", "Kerubo", "Wangarĩ", "Nkatha",
)
MALE_FIRST = (
    "Kũria", "Brian", "Kevin", "Dennis", "Kiprono", "Kipchoge", "Kiplagat", "Otieno",
    "Ochieng'", "Odhiambo", "Omondi", "Onyango", "Mwangi", "Kamau", "Njoroge", "Mũgo",
    "Wafula", "Wekesa", "Barasa", "Hassan", "Mohamed", "Abdi", "Mũtua", "Mũema", "Kĩmani",
    "Gĩthinji", "Ngũgĩ", "Juma", "Baraka", "Emmanuel", "Victor", "Collins", "Felix", "Ian",
    "Nelson", "Samuel", "Peter", "Joseph", "Stephen", "Rotich",
)
LAST = (
    "Kamau", "Mwangi", "Njoroge", "Kũria", "Gĩthinji", "Kariũki", "Mũriithi", "Ngũgĩ",
    "Wanjirũ", "Otieno", "Ochieng'", "Odhiambo", "Omondi", "Onyango", "Owino", "Okoth",
    "Kiprotich", "Kipkemboi", "Chebet", "Rotich", "Koech", "Langat", "Wafula", "Wekesa",
    "Barasa", "Simiyu", "Wanyama", "Mutiso", "Musyoka", "Mũtua", "Kilonzo", "Nyaga", "Njiru",
    "Ali", "Hussein", "Abdullahi", "Nyamweya", "Ondieki", "Moraa", "Kerubo", "Achieng'",
    "Mũthoni", "Waweru", "Macharia", "Kĩarie", "Ndung'u", "Gachanja", "Mbũgua",
)
# (county, settlements) – communities impact-sourcing centres recruit from.
COUNTIES = (
    ("Nairobi", ("Kibera", "Mathare", "Korogocho", "Kawangware", "Mukuru", "Kayole")),
    ("Kisumu", ("Nyalenda", "Manyatta", "Obunga")),
    ("Mombasa", ("Bangladesh", "Kisauni", "Likoni")),
    ("Kiambu", ("Githurai", "Kiandutu")),
    ("Machakos", ("Mlolongo", "Athi River")),
    ("Kakamega", ("Shinyalu", "Lurambi")),
    ("Nakuru", ("Bondeni", "Kaptembwo")),
)
PROGRAMMES = ("Data Entry", "Digitisation", "Transcription", "Image Tagging")
EXIT_REASONS = {
    "positive": ("Admitted to college", "Better-paid job elsewhere", "Started own business"),
    "voluntary": ("Moved upcountry", "Family responsibilities", "Left without notice"),
    "involuntary": ("Contract ended", "Repeated absence", "Project closed"),
}
