"""PDF reports with ReportLab: certificates, payslips, impact and delivery reports, records."""
