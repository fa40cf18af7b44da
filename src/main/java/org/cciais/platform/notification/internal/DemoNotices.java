package org.cciais.platform.notification.internal;

import org.cciais.platform.shared.PlatformPrincipal;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/** Three association notices for the demo home page, each published once (never in production). */
@Component
@Order(20)
@ConditionalOnProperty(name = "cciais.demo-data", havingValue = "true")
public class DemoNotices implements ApplicationRunner {

	static final String[][] NOTICES = {
			{ "关于信息系统业务安全服务资质申报平台 2.0 上线的通知", """
					各有关单位：
					信息系统业务安全服务资质申报平台 2.0 现已上线运行。企业用户请在首页注册后登录平台，按“资质申请”菜单提交申请。
					初次注册的企业用户从注册成功到提交资质申请，平台时限为 7 天，逾期系统将自动清除注册信息。
					如忘记登录名或密码，请按平台“找回登录名或密码”页面的说明办理。
					特此通知。""" },
			{ "关于做好获证企业年度检查工作的通知", """
					各获证企业：
					资质证书有效期三年，有效期内须进行两次年检。年检窗口自证书颁发月份次年的 1 日开放，持续 2 个月。
					请在窗口期内通过“企业年检”菜单核对证书副本信息并上传年检材料；逾期未提交的，相应行业资质证书将失效。
					特此通知。""" },
			{ "信息系统业务安全服务工程师培训报名通知", """
					各会员单位：
					本年度信息系统业务安全服务工程师课程即将开班，考试合格者获得“信息系统业务安全服务工程师”证书，
					企业可在平台“人员管理”菜单中添加已获证的工程师。报名方式请联系协会：cciais@cciais.org。""" } };

	private final NoticeBoard notices;
	private final Environment environment;

	public DemoNotices(NoticeBoard notices, Environment environment) {
		this.notices = notices;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!environment.acceptsProfiles(Profiles.of("prod"))) {
			load();
		}
	}

	public void load() {
		PlatformPrincipal association = null;
		for (String[] notice : NOTICES) {
			if (!notices.hasNoticeTitled(notice[0])) {
				notices.publish(notice[0], notice[1], association);
			}
		}
	}
}
