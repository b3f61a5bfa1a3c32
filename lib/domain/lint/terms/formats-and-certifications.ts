import { certification, format, FORMAT_CONTEXT_AFTER, FORMAT_CONTEXT_BEFORE, type LockInTerm } from "./term";

const ODT = { name: "ODT", extension: ".odt" };
const ODS = { name: "ODS", extension: ".ods" };
const ODP = { name: "ODP", extension: ".odp" };
const CSV = { name: "CSV", extension: ".csv" };
const SQL = { name: "SQL", extension: ".sql" };
const EML = { name: "EML", extension: ".eml" };
const PDF_A = { name: "PDF/A", extension: ".pdf" };
const FORMAT_CONTEXT = { before: FORMAT_CONTEXT_BEFORE, after: FORMAT_CONTEXT_AFTER };

/** "Excel format", "Excel-Format", "format Excel": the program's name used for its file format. */
function named(program: string): string[] {
  return [`${program} format`, `${program} Format`, `format ${program}`, `${program} formats`, `formats ${program}`];
}

/**
 * File formats governed by one vendor (reference §6.2, §6.3 item 3), each with the open format to
 * offer next to it: OpenDocument (ISO/IEC 26300) for office documents, PDF/A (ISO 19005) for final
 * documents, CSV (RFC 4180) or plain SQL for data, EML (RFC 5322) for mail, IFC (ISO 16739) for
 * building models, GeoPackage (OGC) for geodata, OVF (DMTF) for virtual machines. Three-letter
 * names that are also abbreviations ("DOC", "PST", "MSG") count only next to a format word.
 */
export const FORMAT_TERMS: readonly LockInTerm[] = [
  format(
    "word-formats",
    "Microsoft",
    [".docx", ".doc", ".docm", ".dotx", ".dotm", "DOCX", "DOCM", ...named("Word")],
    ODT,
    {
      cs: true,
      inContext: { aliases: ["DOC"], ...FORMAT_CONTEXT },
    },
  ),
  format(
    "excel-formats",
    "Microsoft",
    [".xlsx", ".xls", ".xlsm", ".xlsb", ".xltx", "XLSX", "XLSM", "XLS", ...named("Excel")],
    ODS,
    {
      cs: true,
    },
  ),
  format(
    "powerpoint-formats",
    "Microsoft",
    [".pptx", ".ppt", ".ppsx", ".pps", ".potx", "PPTX", "PPT", ...named("PowerPoint")],
    ODP,
    {
      cs: true,
    },
  ),
  format("outlook-formats", "Microsoft", [".pst", ".ost", ".msg"], EML, {
    cs: true,
    inContext: { aliases: ["PST", "MSG", "OST"], ...FORMAT_CONTEXT },
  }),
  format(
    "visio-formats",
    "Microsoft",
    [".vsdx", ".vsd", ".vssx", "VSDX"],
    { name: "SVG", extension: ".svg" },
    { cs: true },
  ),
  format("access-formats", "Microsoft", [".accdb", ".mdb"], CSV),
  format("project-formats", "Microsoft", [".mpp"], CSV),
  format("publisher-formats", "Microsoft", [".pub"], PDF_A),
  format("infopath-formats", "Microsoft", [".xsn"], { name: "XML", extension: ".xml" }),
  format("sql-server-files", "Microsoft", [".bacpac", ".mdf", ".ldf", "BACPAC"], SQL, { cs: true }),
  format("oracle-dump", "Oracle", [".dmp", "Oracle Data Pump", "Oracle dump", "Oracle export", "Data Pump", "expdp"], SQL, { cs: true }), // prettier-ignore
  format("notes-database", "HCL", [".nsf"], EML),
  format("spss-formats", "IBM", [".sav", ".spv"], CSV),
  format("stata-formats", "StataCorp", [".dta"], CSV),
  format("sas-formats", "SAS Institute", [".sas7bdat"], CSV),
  format("autocad-formats", "Autodesk", [".dwg", "DWG"], { name: "IFC", extension: ".ifc" }, { cs: true }),
  format("photoshop-formats", "Adobe", [".psd"], { name: "PNG", extension: ".png" }),
  format("indesign-formats", "Adobe", [".indd"], PDF_A),
  format("power-bi-formats", "Microsoft", [".pbix"], CSV),
  format("tableau-formats", "Salesforce", [".twbx", ".twb"], CSV),
  format("qlik-formats", "Qlik", [".qvd", ".qvw", ".qvf"], CSV),
  format("filemaker-formats", "Apple", [".fmp12"], CSV),
  format("esri-formats", "Esri", [".mxd", ".aprx", "File Geodatabase"], { name: "GeoPackage", extension: ".gpkg" }, { cs: true }), // prettier-ignore
  format("apple-pages", "Apple", [".pages"], ODT),
  format("apple-numbers", "Apple", [".numbers"], ODS),
  format("windows-media", "Microsoft", [".wmv", ".wma"], { name: "WebM", extension: ".webm" }),
  format("flash-formats", "Adobe", [".swf", ".fla"], { name: "HTML", extension: ".html" }),
  format("virtual-disk-formats", "Broadcom", [".vmdk", ".vhdx", ".vhd", "VMDK", "VHDX"], { name: "OVF", extension: ".ova" }, { cs: true }), // prettier-ignore
];

/** Vendor certifications known by their acronym; "Microsoft Gold Partner" and the like are found from the vendor's name. */
export const CERTIFICATION_TERMS: readonly LockInTerm[] = [
  certification("microsoft-certifications", "Microsoft", ["MCSE", "MCSA", "MCSD"], { cs: true }),
  certification("microsoft-exams", "Microsoft", ["AZ-900", "AZ-104", "AZ-305", "AZ-400", "AZ-500", "MS-102"], { cs: true }), // prettier-ignore
  certification("cisco-certifications", "Cisco", ["CCNA", "CCNP", "CCIE", "CCDA", "CCDP"], { cs: true }),
  certification("red-hat-certifications", "Red Hat", ["RHCE", "RHCSA", "RHCA"], { cs: true }),
  certification("check-point-certifications", "Check Point", ["CCSA", "CCSE"], { cs: true }),
  certification("palo-alto-certifications", "Palo Alto Networks", ["PCNSE", "PCNSA"], { cs: true }),
  certification("vmware-certifications", "Broadcom", ["VCP-DCV", "VCP-NV", "VCAP", "VCDX"], { cs: true }),
  certification("oracle-java-certifications", "Oracle", ["OCPJP", "OCAJP", "SCJP"], { cs: true }),
];
