// office-addin-mock needs only the OfficeApp host names from office-addin-manifest, whose full package
// pulls ES modules jest cannot load under Node 20; this stand-in gives it exactly those names.
module.exports = {
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
};
