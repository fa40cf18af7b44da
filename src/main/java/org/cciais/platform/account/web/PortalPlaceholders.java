package org.cciais.platform.account.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.mvc.Controller;

/**
 * The portal shell: every entry of the side menus (figure 22 and the other roles' menus) answers, and an entry whose
 * page is not built yet says so plainly instead of a 404. These mappings rank after the annotated controllers, so a
 * module that builds the real page simply takes the path over.
 */
@Configuration(proxyBeanMethods = false)
public class PortalPlaceholders {

	/** Menu paths and the feature names shown on their placeholder page. */
	public static final Map<String, String> FEATURES = features();

	@Bean
	HandlerMapping portalPlaceholderMapping() {
		Map<String, Object> urls = new LinkedHashMap<>();
		FEATURES.forEach((path, feature) -> urls.put(path, placeholder(path, feature)));
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(urls);
		// After @RequestMapping (order 0), before the static resources (/**, lowest precedence - 1).
		mapping.setOrder(100);
		return mapping;
	}

	private static Controller placeholder(String path, String feature) {
		return (request, response) -> {
			ModelAndView page = new ModelAndView("account/coming-soon");
			page.addObject("feature", feature);
			page.addObject("currentPath", path);
			return page;
		};
	}

	private static Map<String, String> features() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("/notifications", "通知提醒");
		m.put("/enterprise/applications", "资质申请");
		m.put("/enterprise/progress", "进度查询");
		m.put("/enterprise/certificates", "证书查询");
		m.put("/enterprise/personnel", "人员管理");
		m.put("/enterprise/inspections", "企业年检");
		m.put("/person/certificate", "我的工程师证书");
		m.put("/review-org/applications", "资质申请评审");
		m.put("/review-org/inspections", "年检评审");
		m.put("/reviewer/applications", "我的评审任务");
		m.put("/expert/applications", "专家终审");
		m.put("/consultant/applications", "咨询企业申请");
		m.put("/admin/applications", "资质申请总览");
		m.put("/admin/certificates", "证书管理");
		m.put("/admin/engineers", "工程师登记");
		m.put("/verify", "查询中心 · 资质证书查询");
		return m;
	}
}
