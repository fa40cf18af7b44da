package org.cciais.platform.personnel.web;

import org.cciais.platform.personnel.PersonnelManagement;
import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 我的工程师证书: a PERSON sees their own engineer certificate and the enterprise they are bound to. */
@Controller
@PreAuthorize("hasRole('PERSON')")
class PersonCertificateController {

	private final PersonnelManagement personnel;

	PersonCertificateController(PersonnelManagement personnel) {
		this.personnel = personnel;
	}

	@GetMapping("/person/certificate")
	String mine(PlatformPrincipal me, Model model) {
		model.addAttribute("certificate", personnel.ofPerson(me.accountId()).orElse(null));
		return "personnel/person-certificate";
	}
}
