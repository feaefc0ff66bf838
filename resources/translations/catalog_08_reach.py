# ruff: noqa: E501
"""Kiswahili and French for the UI: (English source, Kiswahili, French). Read by update.py.

Reach (#11, third session): the payslip language on the payroll page, core error messages
translated at display time (ui/errors.py), impact breakdown titles, the roster at 200 %."""

ENTRIES = [
    # payroll page: payslip language
    ('Payslip lan&guage:', "&Lugha ya hati za malipo:", "&Langue des bulletins :"),
    ('Language of the payslips', "Lugha ya hati za malipo", "Langue des bulletins de paie"),
    ('English with Kiswahili', "Kiingereza pamoja na Kiswahili", "Anglais avec kiswahili"),
]
